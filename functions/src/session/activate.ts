/**
 * POST /fn/session/activate {cardNumber, activationCode, newPassword}: first sign-in (kích hoạt tài khoản) with
 * the one-time code from the secretary's slip; sets the password, clears the code, records activatedAt, signs in.
 * Codes are stored sealed and expire (content-schemas/src/users/activationCode.ts); the code is claimed by one
 * conditional update, so two activations racing with the same code cannot both succeed.
 */
import { createRoute } from '@hono/zod-openapi'
import { dummyPasswordCheck, emitSignInEvent, heldBack, notSoonerThan, recordFailure } from '@sotay/cms/auth'
import { activationCodeOpens } from '@sotay/content-schemas'
import { jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { tooManyRequests } from '../http/rateLimit.ts'
import { ActivateBody } from './input.ts'
import { signIn } from './login.ts'
import { MESSAGES } from './messages.ts'
import type { SessionContext } from './options.ts'
import { guardedRefusals, signedInAnswer } from './schemas.ts'

export const activateRoute = createRoute({
  method: 'post',
  path: '/session/activate',
  operationId: 'sessionActivate',
  summary: 'Kích hoạt tài khoản bằng mã kích hoạt một lần, đặt mật khẩu và đăng nhập',
  tags: ['Phiên đăng nhập'],
  request: { body: { required: true, content: { 'application/json': { schema: ActivateBody } } } },
  responses: {
    200: signedInAnswer('Đã kích hoạt và đăng nhập'),
    401: refusal('Sai số thẻ hoặc mã kích hoạt, hoặc mã đã dùng'),
    ...guardedRefusals,
  },
})

export const activate =
  (ctx: SessionContext) =>
  async (c: RouteContext<typeof activateRoute>): Promise<Response> => {
    const { cardNumber, activationCode, newPassword } = c.req.valid('json')
    const { payload } = c.var
    const ip = c.var.clientIp
    const wait = await heldBack(ctx.rules, `activate:card:${cardNumber}`, ip)
    if (wait !== null) return tooManyRequests({ allowed: false, retryAfterSeconds: wait })

    const refuse = async () => {
      await recordFailure(ctx.rules, ip)
      await notSoonerThan(c.var.startedAt, ctx.rules.floorMs)
      return jsonError(401, 'invalid_activation', MESSAGES.activationFailed)
    }

    // No one is signed in yet and the code is a server-owned field: this lookup must bypass access control.
    const account = (await payload.db.findOne({
      collection: 'users',
      where: { username: { equals: cardNumber } },
    })) as { id: number | string; activationCode?: string | null } | null
    const stored = account?.activationCode ?? null
    if (!account || !stored || !activationCodeOpens(payload.secret, stored, activationCode)) {
      // Setting the password below costs one PBKDF2; a refusal costs the same, whatever the reason.
      await dummyPasswordCheck(newPassword)
      return refuse()
    }

    // Claimed only if the stored code is still this one: of two racing activations, one gets the row.
    const claimed = await payload.db.updateOne({
      collection: 'users',
      where: { and: [{ id: { equals: account.id } }, { activationCode: { equals: stored } }] },
      data: { activationCode: null },
      options: { atomic: true },
    })
    if (!claimed) {
      await dummyPasswordCheck(newPassword)
      return refuse()
    }

    // The password and activatedAt are written by the server: the code just proved who this is. Failed
    // sign-ins before activation must not keep the new password locked out.
    await payload.update({
      collection: 'users',
      id: account.id,
      data: { password: newPassword, activatedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    await payload.unlock({
      collection: 'users',
      data: { username: cardNumber },
      overrideAccess: true,
    })
    await emitSignInEvent(payload, { type: 'account-activated', door: 'fn', ip, userId: account.id })
    const signedIn = await signIn(payload, c.req.raw, cardNumber, newPassword)
    if (!signedIn) throw new Error('Kích hoạt xong nhưng không đăng nhập được.')
    return signedIn
  }
