/** Test helpers for the session functions: the app on the shared test Payload, requests as a browser sends them. */
import { randomBytes } from 'node:crypto'
import { activationCodeOpens, generateActivationCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { createApp, type FunctionsApp } from '../app.ts'
import { type SessionOptions, sessionRoutes } from './index.ts'

/** Plain local HTTP, as in development: cookies go without Secure here. */
export const ORIGIN = 'http://127.0.0.1:3900'

export function sessionApp(payload: Payload, options: Partial<SessionOptions> = {}): FunctionsApp {
  return createApp({ routes: [sessionRoutes({ payload, failureFloorMs: 0, ...options })] })
}

export interface CallOptions {
  method?: string
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown
  cookie?: string
  origin?: string | null
  contentType?: string | null
  ip?: string
  /** Where the request is addressed (scheme and host decide Secure). */
  base?: string
}

export async function call(app: FunctionsApp, path: string, options: CallOptions = {}): Promise<Response> {
  const base = options.base ?? ORIGIN
  const headers = new Headers()
  const origin = options.origin === undefined ? base : options.origin
  if (origin) headers.set('origin', origin)
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType
  if (contentType) headers.set('content-type', contentType)
  if (options.cookie) headers.set('cookie', options.cookie)
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST')
  const { body } = options
  const encoded =
    method === 'GET' || method === 'HEAD' || body === undefined
      ? undefined
      : typeof body === 'string' || body instanceof Uint8Array
        ? body
        : JSON.stringify(body)
  const request = new Request(`${base}/fn${path}`, { method, headers, body: encoded as BodyInit | undefined })
  return app.request(request, undefined, { clientIp: options.ip ?? '198.51.100.7' })
}

/** The `name=value` part of the session cookie a response set. */
export function cookieOf(response: Response): string {
  const line = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  if (!line) throw new Error(`Không có cookie phiên: ${JSON.stringify(response.headers.getSetCookie())}`)
  return line.split(';')[0]
}

let seq = 0
/** A unique card number per run and per call (số thẻ: digits only). */
export function newCardNumber(): string {
  seq += 1
  return `9${String(Date.now()).slice(-7)}${String(seq).padStart(3, '0')}`
}

/** A member as the import leaves them: a one-time code and no password anyone knows. */
export async function importedMember(payload: Payload, org: { id: number | string }, fullName: string) {
  const cardNumber = newCardNumber()
  const activationCode = generateActivationCode()
  const doc = await payload.create({
    collection: 'users',
    data: {
      username: cardNumber,
      fullName,
      org: org.id,
      activationCode,
      password: randomBytes(24).toString('base64url'),
    },
  })
  return { id: doc.id as number | string, cardNumber, activationCode, fullName }
}

/** The stored account, access control off: what the tests check was (or was not) changed. */
export async function storedAccount(payload: Payload, id: number | string) {
  const doc = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return doc as unknown as {
    activationCode?: string | null
    activatedAt?: string | null
    loginAttempts?: number | null
    lockUntil?: string | null
    hash?: string
    sessions?: { id: string }[]
  }
}

/**
 * Whether the stored (sealed) code is still `code`: codes are never stored as typed, so the tests that once
 * compared the column with the code now ask whether the code still opens it.
 */
export const holdsCode = (payload: Payload, stored: { activationCode?: string | null }, code: string) =>
  activationCodeOpens(payload.secret, stored.activationCode, code)
