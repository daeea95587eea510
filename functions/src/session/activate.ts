/**
 * POST /fn/session/activate {cardNumber, activationCode, newPassword}: first sign-in (kích hoạt tài khoản) with
 * the one-time code from the member import; sets the password, clears the code, records activatedAt, signs in.
 */
import { timingSafeEqual } from 'node:crypto'
import { jsonError } from '../http/json.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import type { Route } from '../http/route.ts'
import { badRequest, guardPost, notSoonerThan } from './guard.ts'
import { readActivationCode, readCardNumber, readNewPassword } from './input.ts'
import { signIn } from './login.ts'
import { MESSAGES } from './messages.ts'
import { activateOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

/** Constant-time comparison; an absent code compares against a dummy so both paths do the same work. */
function codesMatch(stored: unknown, given: string): boolean {
  const expected = typeof stored === 'string' && stored ? stored.toUpperCase() : ''
  const a = Buffer.from(expected.padEnd(16, '\0'))
  const b = Buffer.from(given.padEnd(16, '\0'))
  return a.length === b.length && timingSafeEqual(a, b) && expected.length > 0
}

export function activateRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/activate',
    operation: activateOperation,
    handler: async (request) => {
      const startedAt = performance.now()
      const guarded = await guardPost(ctx, request, 'activate')
      if (guarded instanceof Response) return guarded
      const { body, payload } = guarded
      const card = readCardNumber(body.cardNumber)
      if (!card.ok) return badRequest(card.message)
      const code = readActivationCode(body.activationCode)
      if (!code.ok) return badRequest(code.message)
      // The policy is checked before the code, so a weak password never uses up an attempt on a good code.
      const password = readNewPassword(body.newPassword, card.value)
      if (!password.ok) return badRequest(password.message)
      const limited = await checkRateLimits(ctx.rateLimiter, [
        { key: `activate:card:${card.value}`, rule: ctx.perAccount },
      ])
      if (limited) return limited

      // No one is signed in yet and the code is an admin-only field: this lookup must bypass access control.
      const found = await payload.find({
        collection: 'users',
        where: { username: { equals: card.value } },
        select: { username: true, activationCode: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
      })
      const account = found.docs[0] as { id: number | string; activationCode?: string | null } | undefined
      if (!codesMatch(account?.activationCode, code.value) || !account) {
        await notSoonerThan(startedAt, ctx.failureFloorMs)
        return jsonError(401, 'invalid_activation', MESSAGES.activationFailed)
      }

      // activatedAt and activationCode are member-admin fields; the code just proved who this is.
      await payload.update({
        collection: 'users',
        id: account.id,
        data: { password: password.value, activationCode: null, activatedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
      })
      // Failed sign-ins before activation must not keep the new password locked out.
      await payload.unlock({
        collection: 'users',
        data: { username: card.value } as never,
        overrideAccess: true,
      })
      const signedIn = await signIn(payload, request, card.value, password.value)
      if (!signedIn) throw new Error('Kích hoạt xong nhưng không đăng nhập được.')
      return signedIn
    },
  }
}
