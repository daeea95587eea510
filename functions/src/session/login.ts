/** POST /fn/session/login {cardNumber, password}: signs a member in with Payload's JWT in the payload-token cookie. */
import { createRoute } from '@hono/zod-openapi'
import { signInWithPassword } from '@sotay/cms/auth'
import type { Payload } from 'payload'
import { json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { tooManyRequests } from '../http/rateLimit.ts'
import { sessionCookie } from './cookie.ts'
import { LoginBody } from './input.ts'
import { memberView, type SignedInUser } from './member.ts'
import { MESSAGES } from './messages.ts'
import type { SessionContext } from './options.ts'
import { guardedRefusals, signedInAnswer } from './schemas.ts'

export const loginRoute = createRoute({
  method: 'post',
  path: '/session/login',
  operationId: 'sessionLogin',
  summary: 'Đăng nhập bằng số thẻ đảng viên và mật khẩu',
  description:
    'Sai số thẻ, sai mật khẩu và tài khoản đang bị khóa (sau 5 lần sai) đều nhận cùng một câu trả lời 401.',
  tags: ['Phiên đăng nhập'],
  request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
  responses: {
    200: signedInAnswer('Đã đăng nhập'),
    401: refusal('Sai thông tin đăng nhập'),
    ...guardedRefusals,
  },
})

/** Payload refuses a sign-in with a 4xx error (wrong password, unknown user, locked, blank field). */
const isRefusal = (error: unknown): boolean => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

export const loginFailed = () => jsonError(401, 'invalid_credentials', MESSAGES.loginFailed)

/** The member's answer with the session cookie set, for a token Payload has just issued. */
async function signedInResponse(
  payload: Payload,
  request: Request,
  user: SignedInUser,
  token: string,
  exp: number,
): Promise<Response> {
  const maxAge = Math.max(0, exp - Math.floor(Date.now() / 1000))
  const cookie = sessionCookie(request, `${payload.config.cookiePrefix}-token`, token, maxAge)
  const member = await memberView(payload, { ...user, collection: 'users' })
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
      data: { username: cardNumber, password },
      depth: 0,
    })
  } catch (error) {
    if (isRefusal(error)) return null
    throw error
  }
  if (!result.token || !result.user) return null
  return signedInResponse(payload, request, result.user as SignedInUser, result.token, result.exp ?? 0)
}

export const login =
  (ctx: SessionContext) =>
  async (c: RouteContext<typeof loginRoute>): Promise<Response> => {
    const { cardNumber, password } = c.req.valid('json')
    const { payload } = c.var
    // The same policy as Payload's own /api/users/login: same limits, same keys, same floor.
    const outcome = await signInWithPassword({
      payload,
      identifier: cardNumber,
      password,
      ip: c.var.clientIp,
      door: 'fn',
      rules: ctx.rules,
      startedAt: c.var.startedAt,
    })
    if (outcome.ok) {
      return signedInResponse(payload, c.req.raw, outcome.user as SignedInUser, outcome.token, outcome.exp)
    }
    if (outcome.reason === 'limited') {
      return tooManyRequests({ allowed: false, retryAfterSeconds: outcome.retryAfterSeconds })
    }
    return loginFailed()
  }
