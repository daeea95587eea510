/**
 * The handbook's own Janus: a config folder written under DATA_DIR/janus, so Debian's /etc/janus is never used.
 * Everything listens on 127.0.0.1 only (the front server proxies /janus to the browser's origin), media stays on
 * `lo` (no STUN, no TURN), only the videoroom plugin and the HTTP transport load, and tokens are signed
 * (`token_auth_secret`), so only the functions, which hold the secret, can let someone in.
 * Plain Node (no packages): scripts/lib/stack.ts imports it too.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the functions need to talk to Janus; handed to the front server as JANUS_* variables. */
export interface JanusSettings {
  /** The public HTTP transport (the browser reaches it through the front server's /janus). */
  port: number
  /** The admin API (POST /admin), used by the functions for rooms: create, listparticipants, moderate, kick. */
  adminPort: number
  adminSecret: string
  /** Signs the browsers' tokens: `<expiry>,janus,janus.plugin.videoroom:<base64 HMAC-SHA1>`. */
  tokenSecret: string
  /** The videoroom plugin's admin_key: only the server may create rooms. */
  roomAdminKey: string
}

type Secrets = Pick<JanusSettings, 'adminSecret' | 'tokenSecret' | 'roomAdminKey'>

/** The plugins and transports Debian ships besides the two we use: not loaded, so startup is quick and quiet. */
const OTHER_PLUGINS = [
  'audiobridge',
  'duktape',
  'echotest',
  'lua',
  'nosip',
  'recordplay',
  'sip',
  'streaming',
  'textroom',
  'videocall',
  'voicemail',
]
const OTHER_TRANSPORTS = ['websockets', 'pfunix', 'mqtt', 'nanomsg', 'rabbitmq']
const EVENT_HANDLERS = ['gelfevh', 'mqttevh', 'nanomsgevh', 'rabbitmqevh', 'sampleevh', 'wsevh']
const so = (names: string[]) => names.map((name) => `libjanus_${name}.so`).join(',')

/** Kept in the data folder, so a restart keeps the same secrets (and tokens already handed out stay valid). */
function loadSecrets(dir: string): Secrets {
  const file = path.join(dir, 'secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets
  const secret = () => randomBytes(24).toString('base64url')
  const secrets = { adminSecret: secret(), tokenSecret: secret(), roomAdminKey: secret() }
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  return secrets
}

/** Writes the config folder for these ports and answers its path and the settings. */
export interface JanusNetwork {
  /**
   * The interfaces ICE may use: `lo` by default (this machine only, as the tests need). A deployment where
   * members connect over the internet names its public interface, e.g. JANUS_ICE_ENFORCE_LIST=eth0.
   */
  iceEnforceList?: string
  /** The public address when Janus is behind NAT (JANUS_NAT_1_1_MAPPING). */
  nat11Mapping?: string
}

/** The network part from the environment (JANUS_ICE_ENFORCE_LIST, JANUS_NAT_1_1_MAPPING). */
export const janusNetworkFromEnv = (env: Record<string, string | undefined>): JanusNetwork => ({
  iceEnforceList: env.JANUS_ICE_ENFORCE_LIST || undefined,
  nat11Mapping: env.JANUS_NAT_1_1_MAPPING || undefined,
})

const quoted = (value: string) => JSON.stringify(value.replace(/[^\w.,:-]/g, ''))

export function writeJanusConfig(
  dataDir: string,
  ports: { port: number; adminPort: number },
  network: JanusNetwork = {},
): { configDir: string; settings: JanusSettings } {
  const configDir = path.join(dataDir, 'janus')
  mkdirSync(configDir, { recursive: true, mode: 0o700 })
  const settings: JanusSettings = { ...ports, ...loadSecrets(configDir) }
  const files: Record<string, string> = {
    'janus.jcfg': `general: {
\tconfigs_folder = "${configDir}"
\tlog_to_stdout = true
\tdebug_level = 2
\tdebug_colors = false
\tserver_name = "sotay"
${network.iceEnforceList ? '' : `\t# The SDP's address: the browser and Janus meet on the loopback interface only.\n\tinterface = "127.0.0.1"\n`}\tadmin_secret = "${settings.adminSecret}"
\ttoken_auth = true
\ttoken_auth_secret = "${settings.tokenSecret}"
\tsession_timeout = 60
}
media: {
\trtp_port_range = "20000-40000"
}
nat: {
\t# No STUN or TURN; by default candidates on lo only, so no media leaves the machine.
\tice_enforce_list = ${quoted(network.iceEnforceList ?? 'lo')}
${network.nat11Mapping ? `\tnat_1_1_mapping = ${quoted(network.nat11Mapping)}\n` : ''}\tignore_mdns = true
\tfull_trickle = false
}
plugins: {
\tdisable = "${so(OTHER_PLUGINS)}"
}
transports: {
\tdisable = "${so(OTHER_TRANSPORTS)}"
}
events: {
\tbroadcast = false
\tdisable = "${so(EVENT_HANDLERS)}"
}
loggers: {
\tdisable = "libjanus_jsonlog.so"
}
`,
    'janus.transport.http.jcfg': `general: {
\tjson = "compact"
\tbase_path = "/janus"
\thttp = true
\tport = ${settings.port}
\tip = "127.0.0.1"
\thttps = false
}
admin: {
\tadmin_base_path = "/admin"
\tadmin_http = true
\tadmin_port = ${settings.adminPort}
\tadmin_ip = "127.0.0.1"
\tadmin_https = false
}
cors: {
}
`,
    // No rooms in the file: the functions create each meeting's room, with its secret and pin.
    'janus.plugin.videoroom.jcfg': `general: {
\tadmin_key = "${settings.roomAdminKey}"
\tlock_rtp_forward = true
}
`,
  }
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(configDir, name), text, { mode: 0o600 })
  return { configDir, settings }
}

/** The variables the front server reads (janusFromEnv in @sotay/functions). */
export function janusEnv(settings: JanusSettings): Record<string, string> {
  return {
    JANUS_PORT: String(settings.port),
    JANUS_ADMIN_PORT: String(settings.adminPort),
    JANUS_ADMIN_SECRET: settings.adminSecret,
    JANUS_TOKEN_SECRET: settings.tokenSecret,
    JANUS_ROOM_ADMIN_KEY: settings.roomAdminKey,
  }
}

/** The `janus` binary on PATH, or null when Debian's package is not installed. */
export function findJanus(env: Record<string, string | undefined> = process.env): string | null {
  if (env.JANUS === 'off') return null
  for (const dir of (env.PATH ?? '/usr/bin:/usr/local/bin').split(':')) {
    const candidate = path.join(dir, 'janus')
    if (dir && existsSync(candidate)) return candidate
  }
  return null
}

/** The arguments that run Janus on that folder, in the foreground. */
export const janusArgs = (configDir: string) => ['-C', path.join(configDir, 'janus.jcfg'), '-F', configDir]
