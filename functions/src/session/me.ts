/** GET /fn/session/me: the signed-in member (name, card number, home cell), or 401. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { memberView } from './member.ts'
import { MemberAnswerSchema } from './schemas.ts'

export const meRoute = createRoute({
  method: 'get',
  path: '/session/me',
  operationId: 'sessionMe',
  summary: 'Đảng viên đang đăng nhập',
  tags: ['Phiên đăng nhập'],
  responses: {
    200: answer('Đảng viên đang đăng nhập', MemberAnswerSchema),
    401: refusal('Chưa đăng nhập'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function me(c: RouteContext<typeof meRoute>): Promise<Response> {
  return json({ member: await memberView(c.var.payload, c.var.user) })
}
