/**
 * POST /fn/session/activate {cardNumber, activationCode, newPassword}: first sign-in (kích hoạt tài khoản) with
 * the one-time code from the secretary's slip; sets the password, clears the code, records activatedAt, signs in.
 * Codes are stored sealed and expire (content-schemas/src/users/activationCode.ts); the code is claimed by one
 * conditional update, so two activations racing with the same code cannot both succeed.
 */

import { dummyPasswordCheck, emitSignInEvent, heldBack, notSoonerThan, recordFailure } from '@sotay/cms/auth'
import { activationCodeOpens } from '@sotay/content-schemas'
import { clientIp } from '../http/clientIp.ts'
import { jsonError } from '../http/json.ts'
import { tooManyRequests } from '../http/rateLimit.ts'
import type { Route } from '../http/route.ts'
import { badRequest, guardPost } from './guard.ts'
import { readActivationCode, readCardNumber, readNewPassword } from './input.ts'
import { signIn } from './login.ts'
import { MESSAGES } from './messages.ts'
import { activateOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

export function activateRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/activate',
    operation: activateOperation,
    handler: async (request) => {
      const startedAt = performance.now()
      const guarded = await guardPost(ctx, request)
      if (guarded instanceof Response) return guarded
      const { body, payload } = guarded
      const card = readCardNumber(body.cardNumber)
      if (!card.ok) return badRequest(card.message)
      const code = readActivationCode(body.activationCode)
      if (!code.ok) return badRequest(code.message)
      // The policy is checked before the code, so a weak password never uses up an attempt on a good code.
      const password = readNewPassword(body.newPassword, card.value)
      if (!password.ok) return badRequest(password.message)
      const ip = clientIp(request)
      const wait = await heldBack(ctx.rules, `activate:card:${card.value}`, ip)
      if (wait !== null) return tooManyRequests({ allowed: false, retryAfterSeconds: wait })

      const refuse = async () => {
        await recordFailure(ctx.rules, ip)
        await notSoonerThan(startedAt, ctx.rules.floorMs)
        return jsonError(401, 'invalid_activation', MESSAGES.activationFailed)
      }

      // No one is signed in yet and the code is a server-owned field: this lookup must bypass access control.
      const account = (await payload.db.findOne({
        collection: 'users',
        where: { username: { equals: card.value } },
      })) as { id: number | string; activationCode?: string | null } | null
      const stored = account?.activationCode ?? null
      if (!account || !stored || !activationCodeOpens(payload.secret, stored, code.value)) {
        // Setting the password below costs one PBKDF2; a refusal costs the same, whatever the reason.
        await dummyPasswordCheck(password.value)
        return refuse()
      }

      // Claimed only if the stored code is still this one: of two racing activations, one gets the row.
      const claimed = await payload.db.updateOne({
        collection: 'users',
        where: { and: [{ id: { equals: account.id } }, { activationCode: { equals: stored } }] },
        data: { activationCode: null },
        options: { atomic: true },
      } as never)
      if (!claimed) {
        await dummyPasswordCheck(password.value)
        return refuse()
      }

      // The password and activatedAt are written by the server: the code just proved who this is. Failed
      // sign-ins before activation must not keep the new password locked out.
      await payload.update({
        collection: 'users',
        id: account.id,
        data: { password: password.value, activatedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
      })
      await payload.unlock({
        collection: 'users',
        data: { username: card.value } as never,
        overrideAccess: true,
      })
      await emitSignInEvent(payload, { type: 'account-activated', door: 'fn', ip, userId: account.id })
      const signedIn = await signIn(payload, request, card.value, password.value)
      if (!signedIn) throw new Error('Kích hoạt xong nhưng không đăng nhập được.')
      return signedIn
    },
  }
}
