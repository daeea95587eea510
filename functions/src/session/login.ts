/** POST /fn/session/login {cardNumber, password}: signs a member in with Payload's JWT in the payload-token cookie. */

import { signInWithPassword } from '@sotay/cms/auth'
import type { Payload } from 'payload'
import { clientIp } from '../http/clientIp.ts'
import { json, jsonError } from '../http/json.ts'
import { tooManyRequests } from '../http/rateLimit.ts'
import type { Route } from '../http/route.ts'
import { sessionCookie } from './cookie.ts'
import { badRequest, guardPost } from './guard.ts'
import { readCardNumber, readPassword } from './input.ts'
import { memberView, type SignedInUser } from './member.ts'
import { MESSAGES } from './messages.ts'
import { loginOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

/** Payload refuses a sign-in with a 4xx error (wrong password, unknown user, locked, blank field). */
const isRefusal = (error: unknown): boolean => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

export const loginFailed = () => jsonError(401, 'invalid_credentials', MESSAGES.loginFailed)

/** The member's answer with the session cookie set, for a token Payload has just issued. */
async function signedInAnswer(
  payload: Payload,
  request: Request,
  user: unknown,
  token: string,
  exp: number,
): Promise<Response> {
  const maxAge = Math.max(0, exp - Math.floor(Date.now() / 1000))
  const cookie = sessionCookie(request, `${payload.config.cookiePrefix}-token`, token, maxAge)
  const member = await memberView(payload, { ...(user as object), collection: 'users' } as SignedInUser)
  return json({ member }, { headers: { 'set-cookie': cookie } })
}

/**
 * Signs in right after an activation proved who this is (no limits or floor: the code was the check), and
 * answers the member with the cookie set, or null when Payload refuses.
 */
export async function signIn(
  payload: Payload,
  request: Request,
  cardNumber: string,
  password: string,
): Promise<Response | null> {
  let result: Awaited<ReturnType<Payload['login']>>
  try {
    result = await payload.login({
      collection: 'users',
      data: { username: cardNumber, password } as never,
      depth: 0,
    })
  } catch (error) {
    if (isRefusal(error)) return null
    throw error
  }
  if (!result.token || !result.user) return null
  return signedInAnswer(payload, request, result.user, result.token, result.exp ?? 0)
}

export function loginRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/login',
    operation: loginOperation,
    handler: async (request) => {
      const startedAt = performance.now()
      const guarded = await guardPost(ctx, request)
      if (guarded instanceof Response) return guarded
      const { body, payload } = guarded
      const card = readCardNumber(body.cardNumber)
      if (!card.ok) return badRequest(card.message)
      const password = readPassword(body.password)
      if (!password.ok) return badRequest(password.message)

      // The same policy as Payload's own /api/users/login: same limits, same keys, same floor.
      const outcome = await signInWithPassword({
        payload,
        identifier: card.value,
        password: password.value,
        ip: clientIp(request),
        door: 'fn',
        rules: ctx.rules,
        startedAt,
      })
      if (outcome.ok) return signedInAnswer(payload, request, outcome.user, outcome.token, outcome.exp)
      if (outcome.reason === 'limited') {
        return tooManyRequests({ allowed: false, retryAfterSeconds: outcome.retryAfterSeconds })
      }
      return loginFailed()
    },
  }
}
