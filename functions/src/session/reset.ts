/**
 * POST /fn/session/reset {cardNumber}: a secretary or committee (inside their subtree only) gives a member a
 * new one-time activation code: the old password and every session stop working, the member activates again.
 */

import { randomBytes } from 'node:crypto'
import { emitSignInEvent } from '@sotay/cms/auth'
import {
  canResetAccount,
  generateActivationCode,
  grantedOrgIds,
  isSuperadmin,
  MEMBER_ROLES,
  type ResettableAccount,
} from '@sotay/content-schemas'
import { createLocalReq, logoutOperation } from 'payload'
import { clientIp } from '../http/clientIp.ts'
import { json, jsonError } from '../http/json.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import type { Route } from '../http/route.ts'
import { auditContext } from './auditContext.ts'
import { badRequest, guardPost } from './guard.ts'
import { readCardNumber } from './input.ts'
import { currentUser, type SignedInUser } from './member.ts'
import { MESSAGES } from './messages.ts'
import { resetOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

type Account = ResettableAccount & { username: string; fullName: string }

export function resetRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/reset',
    operation: resetOperation,
    handler: async (request) => {
      const guarded = await guardPost(ctx, request)
      if (guarded instanceof Response) return guarded
      const { body, payload } = guarded
      const actor = await currentUser(payload, request)
      if (!actor) return jsonError(401, 'not_signed_in', MESSAGES.notSignedIn)
      if (!isSuperadmin(actor) && !grantedOrgIds(actor, MEMBER_ROLES).length) {
        return jsonError(403, 'forbidden', MESSAGES.resetForbidden)
      }
      const card = readCardNumber(body.cardNumber)
      if (!card.ok) return badRequest(card.message)
      const limited = await checkRateLimits(ctx.rateLimiter, [
        { key: `reset:actor:${actor.id}`, rule: ctx.perActor },
      ])
      if (limited) return limited

      // Read as the secretary: an account outside their subtree is simply not found.
      const found = await payload.find({
        collection: 'users',
        where: { username: { equals: card.value } },
        select: { username: true, fullName: true, org: true, orgAncestors: true, grants: true },
        depth: 0,
        limit: 1,
        pagination: false,
        user: actor,
        overrideAccess: false,
      })
      const account = found.docs[0] as unknown as Account | undefined
      if (!account) return jsonError(404, 'not_found', MESSAGES.resetNotFound)
      if (!canResetAccount(actor, account)) return jsonError(403, 'forbidden', MESSAGES.resetRefused)

      // Shown once, in this answer; the users hook stores it sealed, with an expiry.
      const activationCode = generateActivationCode()
      await payload.update({
        collection: 'users',
        id: account.id,
        // A random password nobody knows: the old one stops working until the member activates again.
        data: { activationCode, activatedAt: null, password: randomBytes(32).toString('base64url') },
        depth: 0,
        user: actor,
        // Activation state is server-owned (no client may write it); canResetAccount above was the check.
        overrideAccess: true,
        // The update's own audit entry says it was a reset, by whom and from where, in its transaction.
        context: auditContext('reset', clientIp(request)),
      })
      await payload.unlock({
        collection: 'users',
        data: { username: card.value } as never,
        overrideAccess: true,
      })
      // Signed-in phones (a lost one, say) are signed out too.
      const req = await createLocalReq({ user: { ...account, collection: 'users' } as SignedInUser }, payload)
      await logoutOperation({ allSessions: true, collection: payload.collections.users, req })

      await emitSignInEvent(payload, {
        type: 'activation-code-issued',
        door: 'fn',
        ip: clientIp(request),
        actorId: actor.id,
        userIds: [account.id],
      })
      return json({
        member: { id: account.id, cardNumber: account.username, fullName: account.fullName },
        activationCode,
      })
    },
  }
}
