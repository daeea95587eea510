/** What the inbox functions need, and the checks every one of them starts with (Payload up, member signed in). */
import type { Payload } from 'payload'
import { jsonError } from '../http/json.ts'
import { currentUser, type SignedInUser } from '../session/member.ts'
import { INBOX_MESSAGES } from './messages.ts'

export interface InboxOptions {
  /** Payload (Local API); a promise lets the server answer before the CMS has finished loading. */
  payload: Payload | Promise<Payload>
  /** Origins accepted for POST besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
}

export interface Signed {
  payload: Payload
  user: SignedInUser
}

export function signedIn(options: InboxOptions) {
  const ready = Promise.resolve(options.payload)
  ready.catch(() => {})
  return async (request: Request): Promise<Signed | Response> => {
    let payload: Payload
    try {
      payload = await ready
    } catch (error) {
      console.error('[fn/inbox] Payload', error)
      return jsonError(503, 'unavailable', INBOX_MESSAGES.unavailable, { 'retry-after': '30' })
    }
    const user = await currentUser(payload, request)
    if (!user) return jsonError(401, 'not_signed_in', INBOX_MESSAGES.notSignedIn)
    return { payload, user }
  }
}

/**
 * Inbox ids are `notice:recipient`; a bare notice id (the link a push notification opens) means the
 * signed-in member's own row of that notice. Anything else is refused before it reaches the database.
 */
export function itemIdFrom(request: Request): string | null {
  const segments = new URL(request.url).pathname.split('/')
  const at = segments.indexOf('inbox')
  let raw: string
  try {
    raw = decodeURIComponent(segments[at + 1] ?? '')
  } catch {
    return null
  }
  return /^[A-Za-z0-9]{1,40}(:[A-Za-z0-9]{1,40})?$/.test(raw) ? raw : null
}
