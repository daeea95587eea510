/** POST /fn/meetings/{id}/reply: "Có mặt" or "Vắng, có lý do: …", changeable until the meeting starts. */
import { createRoute } from '@hono/zod-openapi'
import type { MeetingAttendance } from '@sotay/cms'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { presentMine } from './present.ts'
import { MeetingParams, ReplyAnswerSchema, ReplyBody } from './schemas.ts'
import { meetingStanding } from './standing.ts'

export const replyRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/reply',
  operationId: 'replyToMeeting',
  summary: 'Trả lời giấy mời: Có mặt, hoặc Vắng kèm lý do (sửa được đến giờ họp)',
  tags: ['Sinh hoạt chi bộ'],
  request: {
    params: MeetingParams,
    body: { content: { 'application/json': { schema: ReplyBody } }, required: true },
  },
  responses: {
    200: answer('Đã ghi câu trả lời', ReplyAnswerSchema),
    400: refusal('Thiếu lý do vắng, hoặc dữ liệu không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không được mời dự cuộc họp này, hoặc không gửi từ chính trang'),
    404: refusal('Không có cuộc họp này'),
    409: refusal('Cuộc họp đã bắt đầu hoặc đã hủy'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function reply(c: RouteContext<typeof replyRoute>): Promise<Response> {
  const { payload, user } = c.var
  const standing = await meetingStanding(payload, user, c.req.valid('param').id)
  if (!standing) return jsonError(404, 'not_found', M.notFound)
  const { meeting, attendance } = standing
  if (!attendance) return jsonError(403, 'not_invited', M.notInvited)
  if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.cancelled)
  if (new Date(meeting.startsAt).getTime() <= Date.now()) return jsonError(409, 'started', M.started)
  const body = c.req.valid('json')
  const updated = (await payload.update({
    collection: 'meeting-attendance',
    id: attendance.id,
    data: { reply: body.reply, reason: body.reply === 'absent' ? body.reason?.trim() : null },
    depth: 0,
    user,
    overrideAccess: false,
  })) as MeetingAttendance
  return json({ mine: presentMine(updated), message: M.replied[body.reply] })
}
