/**
 * Payload's own auth endpoints on `users`, replaced or closed so that they obey the sign-in policy. Payload
 * puts a collection's custom endpoints before its default auth endpoints (collections/config/sanitize.js), and
 * the first match answers, so an endpoint here with the same method and path takes the door over.
 *
 * Per door, and why:
 * - POST /login: the policy (signInPolicy.ts), answered in Payload's shape ({message, user, token, exp} and
 *   the payload-token cookie) because the admin's login form expects it; every refusal is one 401 body.
 * - POST /unlock: only an admin whose grant covers the account (canResetAccount); otherwise any signed-in
 *   member could undo the lockout that stops guessing. Not found and not yours answer alike.
 * - POST /forgot-password, POST /reset-password: closed. Members rarely have an email, a mailed token is a
 *   takeover path, and a lost password already has a door with the right check: the secretary's new code
 *   (/fn/session/reset). reset-password only consumes forgot-password's tokens, so it closes with it.
 * - POST /verify/:id: closed; accounts are issued by their organisation, no email verification is set up.
 * - POST /first-register: Payload's own while the database has no user at all (a fresh install without the
 *   seed); closed as soon as one exists, so nobody can register an extra first admin.
 * - POST /refresh-token, GET /me, POST /logout, GET /init: Payload's own. They act only on the caller's
 *   valid session (or say whether a first user exists); nothing is guessed through them.
 * GraphQL's auth mutations are closed separately (graphqlDoors.ts).
 */
import { asSessionUser, canResetAccount, type ResettableAccount } from '@sotay/content-schemas'
import {
  addDataAndFileToRequest,
  type Endpoint,
  headersWithCors,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { forwardedClientIp } from './clientAddress.ts'
import { emitSignInEvent } from './events.ts'
import { DOOR_MESSAGES, LOGIN_FAILED, tooManyAttempts } from './messages.ts'
import { type SignInRules, signInRules, signInWithPassword } from './signInPolicy.ts'

const shared = globalThis as { __sotayApiSignInRules?: Partial<SignInRules> }

/** For tests and the lead's wiring: the limiter, limits or floor that Payload's doors use in this process. */
export function configureApiSignIn(overrides: Partial<SignInRules>): void {
  shared.__sotayApiSignInRules = overrides
}

const apiRules = () => signInRules(shared.__sotayApiSignInRules)

const errors = (req: PayloadRequest, status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json(
    { errors: [{ message }] },
    { status, headers: headersWithCors({ headers: new Headers(headers), req }) },
  )

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    if (!req.data) await addDataAndFileToRequest(req)
  } catch {
    return {}
  }
  const data = req.data as unknown
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

const login: PayloadHandler = async (req) => {
  const startedAt = performance.now()
  const body = await readBody(req)
  const identifier = (text(body.username) || text(body.email)).toLowerCase().trim()
  const password = text(body.password)
  if (!identifier || identifier.length > 254 || !password.trim() || password.length > 1024) {
    return errors(req, 400, DOOR_MESSAGES.credentialsMissing)
  }
  const outcome = await signInWithPassword({
    payload: req.payload,
    identifier,
    password,
    ip: forwardedClientIp(req.headers),
    door: 'api',
    rules: apiRules(),
    req,
    startedAt,
    // As Payload's own login: the admin asks for the user at the depth it needs.
    depth: /^\d+$/.test(req.searchParams.get('depth') ?? '')
      ? Number(req.searchParams.get('depth'))
      : undefined,
  })
  if (!outcome.ok) {
    return outcome.reason === 'limited'
      ? errors(req, 429, tooManyAttempts(outcome.retryAfterSeconds), {
          'Retry-After': String(outcome.retryAfterSeconds),
        })
      : errors(req, 401, LOGIN_FAILED)
  }
  const users = req.payload.collections.users.config
  const cookie = generatePayloadCookie({
    collectionAuthConfig: users.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
    token: outcome.token,
  })
  return Response.json(
    {
      message: req.t('authentication:passed'),
      user: outcome.user,
      exp: outcome.exp,
      ...(users.auth.removeTokenFromResponses ? {} : { token: outcome.token }),
    },
    { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }) },
  )
}

const unlock: PayloadHandler = async (req) => {
  if (!req.user) return errors(req, 401, DOOR_MESSAGES.notSignedIn)
  const body = await readBody(req)
  const identifier = (text(body.username) || text(body.email)).toLowerCase().trim()
  const account = identifier
    ? ((await req.payload.db.findOne({
        collection: 'users',
        where: { or: [{ username: { equals: identifier } }, { email: { equals: identifier } }] },
        req,
      })) as (ResettableAccount & { username?: string }) | null)
    : null
  if (!account || !canResetAccount(asSessionUser(req.user), account)) {
    return errors(req, 403, DOOR_MESSAGES.unlockForbidden)
  }
  await req.payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { loginAttempts: 0, lockUntil: null },
    req,
    returning: false,
  })
  await emitSignInEvent(req.payload, {
    type: 'account-unlocked',
    door: 'api',
    ip: forwardedClientIp(req.headers),
    actorId: req.user.id,
    userId: account.id,
  })
  return Response.json(
    { message: DOOR_MESSAGES.unlocked },
    { headers: headersWithCors({ headers: new Headers(), req }) },
  )
}

const closed =
  (message: string): PayloadHandler =>
  (req) =>
    errors(req, 403, message)

/** Payload's own handler for a door this file only guards (the one after ours in the sanitized list). */
function payloadsOwn(
  req: PayloadRequest,
  method: string,
  path: string,
  ours: PayloadHandler,
): PayloadHandler | undefined {
  const endpoints = req.payload.collections.users.config.endpoints || []
  return endpoints.find((e) => e.method === method && e.path === path && e.handler !== ours)?.handler
}

const firstRegister: PayloadHandler = async (req) => {
  const existing = await req.payload.db.count({ collection: 'users', req })
  if (existing.totalDocs > 0) return errors(req, 403, DOOR_MESSAGES.firstRegisterClosed)
  const own = payloadsOwn(req, 'post', '/first-register', firstRegister)
  return own ? own(req) : errors(req, 403, DOOR_MESSAGES.firstRegisterClosed)
}

export const signInDoors: Endpoint[] = [
  { method: 'post', path: '/login', handler: login },
  { method: 'post', path: '/unlock', handler: unlock },
  { method: 'post', path: '/forgot-password', handler: closed(DOOR_MESSAGES.passwordByEmailClosed) },
  { method: 'post', path: '/reset-password', handler: closed(DOOR_MESSAGES.passwordByEmailClosed) },
  { method: 'post', path: '/verify/:id', handler: closed(DOOR_MESSAGES.verifyClosed) },
  { method: 'post', path: '/first-register', handler: firstRegister },
]
