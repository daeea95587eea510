/** POST /fn/session/login {cardNumber, password}: signs a member in with Payload's JWT in the payload-token cookie. */
import type { Payload } from 'payload'
import { json, jsonError } from '../http/json.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import type { Route } from '../http/route.ts'
import { sessionCookie } from './cookie.ts'
import { badRequest, guardPost, notSoonerThan } from './guard.ts'
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

/** Signs in and answers the member with the cookie set, or null when Payload refuses. */
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
  const maxAge = Math.max(0, (result.exp ?? 0) - Math.floor(Date.now() / 1000))
  const cookie = sessionCookie(request, `${payload.config.cookiePrefix}-token`, result.token, maxAge)
  const member = await memberView(payload, { ...result.user, collection: 'users' } as SignedInUser)
  return json({ member }, { headers: { 'set-cookie': cookie } })
}

export function loginRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/login',
    operation: loginOperation,
    handler: async (request) => {
      const startedAt = performance.now()
      const guarded = await guardPost(ctx, request, 'login')
      if (guarded instanceof Response) return guarded
      const { body, payload } = guarded
      const card = readCardNumber(body.cardNumber)
      if (!card.ok) return badRequest(card.message)
      const password = readPassword(body.password)
      if (!password.ok) return badRequest(password.message)
      const limited = await checkRateLimits(ctx.rateLimiter, [
        { key: `login:card:${card.value}`, rule: ctx.perAccount },
      ])
      if (limited) return limited

      const signedIn = await signIn(payload, request, card.value, password.value)
      if (signedIn) return signedIn
      await notSoonerThan(startedAt, ctx.failureFloorMs)
      return loginFailed()
    },
  }
}
