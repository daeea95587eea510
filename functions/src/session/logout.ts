/** POST /fn/session/logout: ends this session (Payload revokes its sid) and clears the cookie. */
import { createRoute, z } from '@hono/zod-openapi'
import { createLocalReq, logoutOperation } from 'payload'
import { answer, json } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { clearedCookie } from './cookie.ts'
import { currentUser } from './member.ts'
import type { SessionContext } from './options.ts'
import { guardedRefusals } from './schemas.ts'

export const logoutRoute = createRoute({
  method: 'post',
  path: '/session/logout',
  operationId: 'sessionLogout',
  summary: 'Đăng xuất khỏi phiên hiện tại',
  tags: ['Phiên đăng nhập'],
  request: { body: { required: true, content: { 'application/json': { schema: z.object({}) } } } },
  responses: {
    200: answer('Đã đăng xuất; cookie bị xóa', z.object({ ok: z.literal(true) })),
    ...guardedRefusals,
  },
})

export const logout =
  (ctx: SessionContext) =>
  async (c: RouteContext<typeof logoutRoute>): Promise<Response> => {
    const { payload } = c.var
    const user = await currentUser(payload, c.req.raw)
    if (user) {
      const req = await createLocalReq({ user }, payload)
      await logoutOperation({ collection: payload.collections.users, req })
      // The lean verifiers' caches: here at once, elsewhere through Redis or within their bound.
      await ctx.revocations.revoke(user.id)
    }
    const cookie = clearedCookie(c.req.raw, `${payload.config.cookiePrefix}-token`)
    return json({ ok: true }, { headers: { 'set-cookie': cookie } })
  }
