/**
 * Starts the whole stack on one origin: builds what is stale, migrates and seeds the database, then runs
 * `next start` (the CMS) on an internal port and the front server (site + /fn + proxy) on the public one.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import {
  findJanus,
  janusArgs,
  janusEnv,
  janusNetworkFromEnv,
  writeJanusConfig,
} from '../../server/src/janus/config.ts'
import { buildCms } from './build.ts'
import type { DemoLogin } from './logins.ts'
import { bin, cmsDir, repoDir, resolveDataDir, serverDir, siteDir } from './paths.ts'
import { freePort, isPortFree } from './ports.ts'
import { type Env, type Log, type Service, startService, stopService, waitForHttp } from './processes.ts'
import { seedDemo } from './seed.ts'

export interface StackOptions {
  port?: number
  host?: string
  /** Where Next listens, on 127.0.0.1 only; PORT+1 by default. */
  cmsPort?: number
  dataDir?: string
  /** Demo members to seed on a fresh database (the seed's default otherwise). */
  members?: number
  build?: boolean
  seed?: boolean
  log?: Log
  env?: Env
}

export interface Stack {
  url: string
  port: number
  cmsPort: number
  dataDir: string
  logins: DemoLogin[]
  /** Seconds per phase that ran: cmsBuild, siteBuild, seed, serve. */
  timings: Record<string, number>
  services: Service[]
  /** Janus runs for the online meeting rooms (false: `janus` is not installed, rooms are off). */
  janus: boolean
  stop(): Promise<void>
}

/** The environment the children get: ours, without a test runner's markers. */
function childEnv(base: Env, dataDir: string): Env {
  const env: Env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('VITEST')))
  return { ...env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.log(line))
  const port = options.port ?? 3000
  const host = options.host ?? '127.0.0.1'
  const cmsPort = options.cmsPort ?? port + 1
  const dataDir = resolveDataDir(options.dataDir)
  const env = childEnv(options.env ?? process.env, dataDir)
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`
  const timings: Record<string, number> = {}

  for (const [name, value, where] of [
    ['PORT', port, host],
    ['CMS_PORT', cmsPort, '127.0.0.1'],
  ] as const) {
    if (!(await isPortFree(value, where))) {
      throw new Error(
        `Cổng ${value} đang được dùng. Hãy dừng chương trình đang dùng nó hoặc đặt ${name}=<cổng khác>.`,
      )
    }
  }
  mkdirSync(dataDir, { recursive: true })

  let started = performance.now()
  if (options.build !== false) {
    if (await buildCms({ env, log })) timings.cmsBuild = seconds(started)
  }

  started = performance.now()
  let logins: DemoLogin[] = []
  if (options.seed !== false) {
    log('Đang cập nhật cơ sở dữ liệu và dữ liệu mẫu...')
    logins = (await seedDemo({ env, log, members: options.members })).logins
    timings.seed = seconds(started)
  }

  started = performance.now()
  log('Đang khởi động máy chủ...')
  // The CMS hooks tell the front server's site builder about public changes; the token keeps others out.
  const siteRebuild = {
    SITE_REBUILD_URL: `${url}/fn/site/rebuild`,
    SITE_REBUILD_TOKEN: randomBytes(24).toString('hex'),
  }
  // The online rooms: Debian's janus when installed, on free loopback ports, its config under DATA_DIR/janus.
  const janusBin = findJanus(env)
  const janus = janusBin
    ? writeJanusConfig(
        dataDir,
        { port: await freePort(), adminPort: await freePort() },
        janusNetworkFromEnv(env),
      )
    : null
  const services = [
    ...(janus && janusBin
      ? [startService('janus', janusBin, janusArgs(janus.configDir), { cwd: janus.configDir, env, log })]
      : []),
    startService('cms', bin(cmsDir, 'next'), ['start', '-p', String(cmsPort), '-H', '127.0.0.1'], {
      cwd: cmsDir,
      env: { ...env, ...siteRebuild, NODE_ENV: 'production' },
      log,
    }),
    startService('front', bin(repoDir, 'tsx'), [path.join(serverDir, 'src', 'main.ts')], {
      cwd: serverDir,
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: host,
        CMS_PORT: String(cmsPort),
        SITE_DIR: path.join(siteDir, 'dist'),
        SITE_SOURCE_DIR: siteDir,
        SITE_REBUILD_TOKEN: siteRebuild.SITE_REBUILD_TOKEN,
        ...(janus ? janusEnv(janus.settings) : {}),
      },
      log,
    }),
  ]
  const stop = async () => {
    await Promise.all(services.map((service) => stopService(service)))
  }
  try {
    await waitForHttp(`${url}/admin`, { services, timeoutMs: 180_000 })
    // The first API call initialises Payload with its job crons, so scheduled publishing starts now.
    await waitForHttp(`${url}/api/users/me`, { services, ready: (r) => r.ok })
    // The front server opens its own Payload for /fn (openPayload from @sotay/cms); 503 until it has.
    await waitForHttp(`${url}/fn/session/me`, { services, ready: (r) => r.status === 401 })
    if (janus) await waitForHttp(`${url}/janus/info`, { services, ready: (r) => r.ok })
  } catch (error) {
    await stop()
    throw error
  }
  timings.serve = seconds(started)

  // The site is built from the running CMS by the front server's site builder (data/site/current), which
  // starts its first build once the CMS answers; wait for it so the site shows the content just seeded.
  started = performance.now()
  const first = await waitForFirstSiteBuild(url, siteRebuild.SITE_REBUILD_TOKEN, services).catch(
    (error: Error) => ({
      ok: false,
      message: error.message,
    }),
  )
  if (first.ok) timings.siteBuild = seconds(started)
  else
    log(
      `Chưa dựng được trang web công khai: ${first.message} Trang quản trị vẫn dùng được; sửa lỗi rồi lưu lại một nội dung công khai để dựng lại.`,
    )

  return { url, port, cmsPort, dataDir, logins, timings, services, janus: janus !== null, stop }
}

/** Polls the builder's status until its first build has finished, well or not. */
async function waitForFirstSiteBuild(url: string, token: string, services: Service[]) {
  type Status = {
    state: string
    attempts: number
    lastAttempt: { ok: boolean } | null
    lastError: { message: string } | null
  }
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    const stopped = services.find(
      (service) => service.child.exitCode !== null || service.child.signalCode !== null,
    )
    if (stopped) throw new Error(`${stopped.name} đã dừng.`)
    const status = await fetch(`${url}/fn/site/status`, { headers: { 'x-site-rebuild-token': token } })
      .then((r) => (r.ok ? (r.json() as Promise<Status>) : null))
      .catch(() => null)
    // Done once the first build has ended, even if later changes (speech jobs adding audio) keep it busy.
    if (status && (status.attempts > 1 || (status.attempts === 1 && status.state !== 'building')))
      return { ok: Boolean(status.lastAttempt?.ok), message: status.lastError?.message ?? '' }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('Quá 10 phút mà bản dựng đầu tiên chưa xong.')
}
