/**
 * The functions' side of Janus: signed browser tokens, each meeting's room numbers and secrets (derived from the
 * token secret, so nothing is stored and they are known only to the server), and the videoroom requests the
 * server makes itself through the admin API's `message_plugin` (loopback only, with the admin secret).
 */
import { createHmac } from 'node:crypto'

export const VIDEOROOM = 'janus.plugin.videoroom'

/** Where Janus listens on 127.0.0.1 and the secrets it was started with (server/src/janus/config.ts). */
export interface JanusOptions {
  port: number
  adminPort: number
  adminSecret: string
  tokenSecret: string
  roomAdminKey: string
}

/** The JANUS_* variables the stack hands the front server; null when Janus is not running. */
export function janusFromEnv(env: Record<string, string | undefined>): JanusOptions | null {
  const { JANUS_PORT, JANUS_ADMIN_PORT, JANUS_ADMIN_SECRET, JANUS_TOKEN_SECRET, JANUS_ROOM_ADMIN_KEY } = env
  if (!JANUS_PORT || !JANUS_ADMIN_PORT || !JANUS_ADMIN_SECRET || !JANUS_TOKEN_SECRET || !JANUS_ROOM_ADMIN_KEY)
    return null
  return {
    port: Number(JANUS_PORT),
    adminPort: Number(JANUS_ADMIN_PORT),
    adminSecret: JANUS_ADMIN_SECRET,
    tokenSecret: JANUS_TOKEN_SECRET,
    roomAdminKey: JANUS_ROOM_ADMIN_KEY,
  }
}

/** Janus's signed-token format (`token_auth_secret`): `<expiry>,janus,<plugin>:<base64 HMAC-SHA1>`. */
export function signToken(secret: string, expiresAt: Date, plugins: string[] = [VIDEOROOM]): string {
  const data = `${Math.floor(expiresAt.getTime() / 1000)},janus,${plugins.join(',')}`
  return `${data}:${createHmac('sha1', secret).update(data).digest('base64')}`
}

const derive = (secret: string, what: string) => createHmac('sha256', secret).update(what).digest()
/** A positive integer below 2^48 (a safe JavaScript number and a valid Janus id). */
const number48 = (secret: string, what: string) => derive(secret, what).readUIntBE(0, 6) || 1

export interface RoomKeys {
  room: number
  secret: string
  pin: string
}

/** One meeting's room: the same numbers every time, nothing stored, unguessable without the server's secret. */
export function roomKeys(secret: string, meetingId: string | number): RoomKeys {
  return {
    room: number48(secret, `room:${meetingId}`),
    secret: derive(secret, `room-secret:${meetingId}`).toString('base64url'),
    pin: derive(secret, `room-pin:${meetingId}`).toString('base64url').slice(0, 16),
  }
}

/** A member's feed id in every room: kick and mute name the member, and `joined` looks for this feed. */
export const feedId = (secret: string, memberId: string | number) => number48(secret, `feed:${memberId}`)

/**
 * The room's door list (Janus's `allowed` ACL): a member joins with their own entry, given in the ticket. A
 * removal takes the entry out and puts in a "removed" mark that never leaves the server, so Janus itself keeps
 * the member out (an old ticket too) until the runner lets them back, without anything stored in the CMS.
 */
export const doorToken = (secret: string, meetingId: string | number, memberId: string | number) =>
  derive(secret, `door:${meetingId}:${memberId}`).toString('base64url')
export const removedMark = (secret: string, meetingId: string | number, memberId: string | number) =>
  `removed-${derive(secret, `removed:${meetingId}:${memberId}`).toString('base64url')}`

export class JanusUnavailable extends Error {}

/** The plugin's answer: its `videoroom` kind, or an error code and text. */
export type PluginAnswer = Record<string, unknown> & {
  videoroom?: string
  error_code?: number
  error?: string
}

/** A synchronous videoroom request (create, exists, listparticipants, moderate, kick) through the admin API. */
export async function videoroomRequest(
  janus: JanusOptions,
  request: Record<string, unknown>,
): Promise<PluginAnswer> {
  let response: Response
  try {
    response = await fetch(`http://127.0.0.1:${janus.adminPort}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        janus: 'message_plugin',
        transaction: crypto.randomUUID(),
        admin_secret: janus.adminSecret,
        plugin: VIDEOROOM,
        request,
      }),
      signal: AbortSignal.timeout(5000),
    })
  } catch (error) {
    throw new JanusUnavailable(String(error))
  }
  const body = (await response.json().catch(() => null)) as {
    janus?: string
    response?: PluginAnswer
    error?: { reason?: string }
  } | null
  if (!response.ok || body?.janus !== 'success' || !body.response)
    throw new JanusUnavailable(body?.error?.reason ?? `HTTP ${response.status}`)
  return body.response
}

export interface RoomParticipant {
  id: number
  display?: string
  publisher?: boolean
  talking?: boolean
}

export interface MeetingRoom {
  ensure(publishers: number, description: string): Promise<RoomKeys>
  participants(): Promise<RoomParticipant[]>
  mute(feed: number): Promise<PluginAnswer>
  kick(feed: number): Promise<PluginAnswer>
  /** The door list as it is now. */
  doorList(): Promise<string[]>
  /** Adds and takes out entries of the door list. */
  door(action: 'add' | 'remove', entries: string[]): Promise<string[]>
}

/** ~32 kbps Opus: clear speech on a weak mobile network. */
export const AUDIO_BITRATE = 32_000
/** Video is off by default; when someone turns the camera on it stays small. */
export const VIDEO_BITRATE = 128_000

/** One meeting's room, as the server drives it. */
export function meetingRoom(janus: JanusOptions, meetingId: string | number): MeetingRoom {
  const keys = roomKeys(janus.tokenSecret, meetingId)
  return {
    async ensure(publishers, description) {
      const exists = await videoroomRequest(janus, { request: 'exists', room: keys.room })
      if (exists.exists === true) return keys
      const created = await videoroomRequest(janus, {
        request: 'create',
        admin_key: janus.roomAdminKey,
        room: keys.room,
        description,
        secret: keys.secret,
        pin: keys.pin,
        is_private: true,
        publishers,
        audiocodec: 'opus',
        videocodec: 'vp8',
        bitrate: VIDEO_BITRATE,
        bitrate_cap: true,
        // Everyone sees who is in, publishing or not, and who is speaking.
        notify_joining: true,
        audiolevel_event: true,
        audio_active_packets: 50,
        audio_level_average: 40,
        permanent: false,
      })
      // 427: created meanwhile by a second request; fine.
      if (created.videoroom !== 'created' && created.error_code !== 427)
        throw new JanusUnavailable(created.error ?? 'create')
      // Only those on the door list join (each ticket adds its member).
      await allowed(janus, keys, 'enable')
      return keys
    },
    async participants() {
      const answer = await videoroomRequest(janus, { request: 'listparticipants', room: keys.room })
      // 426: no such room (not opened yet, or Janus restarted): nobody is in it.
      if (answer.error_code === 426) return []
      if (answer.error_code) throw new JanusUnavailable(answer.error ?? 'listparticipants')
      return (answer.participants as RoomParticipant[] | undefined) ?? []
    },
    // The member app publishes its microphone as the first transceiver, so its audio is mid "0".
    mute: (feed) =>
      videoroomRequest(janus, {
        request: 'moderate',
        room: keys.room,
        secret: keys.secret,
        id: feed,
        mid: '0',
        mute: true,
      }),
    kick: (feed) =>
      videoroomRequest(janus, { request: 'kick', room: keys.room, secret: keys.secret, id: feed }),
    // "enable" again changes nothing (the room has it on) and answers the list as it is.
    doorList: () => allowed(janus, keys, 'enable'),
    door: (action, entries) => allowed(janus, keys, action, entries),
  }
}

async function allowed(
  janus: JanusOptions,
  keys: RoomKeys,
  action: 'enable' | 'add' | 'remove',
  entries: string[] = [],
): Promise<string[]> {
  const answer = await videoroomRequest(janus, {
    request: 'allowed',
    room: keys.room,
    secret: keys.secret,
    action,
    ...(action === 'enable' ? {} : { allowed: entries }),
  })
  // 426: no such room (not opened yet, or Janus restarted): nobody is on its list.
  if (answer.error_code === 426) return []
  if (answer.error_code) throw new JanusUnavailable(answer.error ?? 'allowed')
  return (answer.allowed as string[] | undefined) ?? []
}
