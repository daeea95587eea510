/**
 * POST /fn/reports/notices/{id}/remind ("Nhắc lại"): sends the notice again, through the notices pipeline, to
 * just the recipients in the caller's subtree who have not read it. It is a new notice from the same org, named
 * to them, so it lands in their inbox again and counts its own deliveries.
 */
import { createRoute } from '@hono/zod-openapi'
import { sendNotice } from '@sotay/cms/notices'
import type { NoticeChannel, NoticePriority } from '@sotay/content-schemas'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { REPORT_MESSAGES } from './messages.ts'
import { NoticeParams, RemindSchema } from './schemas.ts'
import { unreadOf } from './unreadOf.ts'

export const REMINDER_PREFIX = 'Nhắc lại: '

export const remindRoute = createRoute({
  method: 'post',
  path: '/reports/notices/{id}/remind',
  operationId: 'noticeRemind',
  summary: 'Nhắc lại: gửi lại thông báo cho những đảng viên chưa đọc',
  tags: ['Báo cáo'],
  request: { params: NoticeParams },
  responses: {
    201: answer('Đã gửi nhắc lại', RemindSchema),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Khác nguồn'),
    404: refusal('Không tìm thấy thông báo trong phạm vi quản lý'),
    409: refusal('Thông báo chưa gửi xong, hoặc mọi người đã đọc'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function remind(c: RouteContext<typeof remindRoute>): Promise<Response> {
  const found = await unreadOf(c.var.payload, c.var.user, c.req.valid('param').id)
  if (!found) return jsonError(404, 'not_found', REPORT_MESSAGES.noticeNotFound)
  const { notice } = found
  if (notice.status !== 'sent') return jsonError(409, 'not_sent', REPORT_MESSAGES.noticeNotSent)
  if (!found.unread.length) return jsonError(409, 'all_read', REPORT_MESSAGES.nobodyToRemind)
  const channels: NoticeChannel[] = [
    ...(notice.push ? ['push' as const] : []),
    ...(notice.email ? ['email' as const] : []),
  ]
  const title = notice.title.startsWith(REMINDER_PREFIX) ? notice.title : `${REMINDER_PREFIX}${notice.title}`
  await sendNotice(c.var.payload, {
    fromOrg: notice.org,
    title,
    body: notice.body,
    target: { org: notice.targetOrg, users: found.unread.map((u) => u.id) },
    priority: notice.priority as NoticePriority,
    channels,
  })
  return json(
    {
      notice: { id: notice.id, title: notice.title },
      reminded: found.unread.length,
      message: REPORT_MESSAGES.reminded(found.unread.length),
    },
    { status: 201 },
  )
}
