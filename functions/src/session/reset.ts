/**
 * POST /fn/session/reset {cardNumber}: a secretary or committee (inside their subtree only) gives a member a
 * new one-time activation code: the old password and every session stop working, the member activates again.
 */
import { randomBytes } from 'node:crypto'
import { createRoute } from '@hono/zod-openapi'
import { emitSignInEvent } from '@sotay/cms/auth'
import {
  canResetAccount,
  generateActivationCode,
  grantedOrgIds,
  isSuperadmin,
  MEMBER_ROLES,
  type ResettableAccount,
} from '@sotay/content-schemas'
import type { MiddlewareHandler } from 'hono'
import { createLocalReq, logoutOperation } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import { auditContext } from './auditContext.ts'
import { ResetBody } from './input.ts'
import type { SignedInUser } from './member.ts'
import { MESSAGES } from './messages.ts'
import type { SessionContext } from './options.ts'
import { guardedRefusals, ResetAnswerSchema } from './schemas.ts'

type Account = ResettableAccount & { username: string; fullName: string }

export const resetRoute = createRoute({
  method: 'post',
  path: '/session/reset',
  operationId: 'sessionReset',
  summary: 'Cấp lại mã kích hoạt cho một đảng viên trong phạm vi quản lý (bí thư, cấp ủy)',
  tags: ['Phiên đăng nhập'],
  request: { body: { required: true, content: { 'application/json': { schema: ResetBody } } } },
  responses: {
    200: answer(
      'Mã kích hoạt mới, chỉ hiện một lần trong câu trả lời này (hệ thống chỉ lưu dạng niêm phong), dùng một lần, hết hạn sau 30 ngày; mật khẩu cũ và mọi phiên đăng nhập của đảng viên hết hiệu lực',
      ResetAnswerSchema,
    ),
    401: refusal('Chưa đăng nhập'),
    404: refusal('Không có đảng viên này trong phạm vi quản lý'),
    ...guardedRefusals,
  },
})

/** Before the card is read: only a secretary or committee may reset (403 in Vietnamese). */
export const memberAdminsOnly: MiddlewareHandler<FnEnv> = async (c, next) => {
  const actor = c.var.user
  if (!isSuperadmin(actor) && !grantedOrgIds(actor, MEMBER_ROLES).length) {
    return jsonError(403, 'forbidden', MESSAGES.resetForbidden)
  }
  await next()
}

export const reset =
  (ctx: SessionContext) =>
  async (c: RouteContext<typeof resetRoute>): Promise<Response> => {
    const { payload, user: actor } = c.var
    const { cardNumber } = c.req.valid('json')
    const limited = await checkRateLimits(ctx.rateLimiter, [
      { key: `reset:actor:${actor.id}`, rule: ctx.perActor },
    ])
    if (limited) return limited

    // Read as the secretary: an account outside their subtree is simply not found.
    const found = await payload.find({
      collection: 'users',
      where: { username: { equals: cardNumber } },
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
      context: auditContext('reset', c.var.clientIp),
    })
    await payload.unlock({
      collection: 'users',
      data: { username: cardNumber },
      overrideAccess: true,
    })
    // Signed-in phones (a lost one, say) are signed out too.
    const req = await createLocalReq({ user: { ...account, collection: 'users' } as SignedInUser }, payload)
    await logoutOperation({ allSessions: true, collection: payload.collections.users, req })
    await ctx.revocations.revoke(account.id)

    await emitSignInEvent(payload, {
      type: 'activation-code-issued',
      door: 'fn',
      ip: c.var.clientIp,
      actorId: actor.id,
      userIds: [account.id],
    })
    return json({
      member: { id: account.id, cardNumber: account.username, fullName: account.fullName },
      activationCode,
    })
  }
