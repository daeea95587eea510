/** GET /fn/reports/notices/{id}/unread: who in the caller's subtree has not read a notice they sent. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { REPORT_MESSAGES } from './messages.ts'
import { NoticeParams, UnreadSchema } from './schemas.ts'
import { unreadOf } from './unreadOf.ts'

export const unreadRoute = createRoute({
  method: 'get',
  path: '/reports/notices/{id}/unread',
  operationId: 'noticeUnread',
  summary: 'Những đảng viên (trong phạm vi quản lý) chưa đọc một thông báo',
  tags: ['Báo cáo'],
  request: { params: NoticeParams },
  responses: {
    200: answer('Danh sách chưa đọc', UnreadSchema),
    401: refusal('Chưa đăng nhập'),
    404: refusal('Không tìm thấy thông báo trong phạm vi quản lý'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function unread(c: RouteContext<typeof unreadRoute>): Promise<Response> {
  const found = await unreadOf(c.var.payload, c.var.user, c.req.valid('param').id)
  if (!found) return jsonError(404, 'not_found', REPORT_MESSAGES.noticeNotFound)
  return json({
    notice: { id: found.notice.id, title: found.notice.title },
    recipients: found.recipients,
    read: found.read,
    unread: found.unread,
  })
}
