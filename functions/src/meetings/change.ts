/** PATCH /fn/meetings/{id}: change the time, place or title, or cancel (runners only); the invited are told. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { presentDetail } from './detail.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { ChangeBody, MeetingAnswerSchema, MeetingParams } from './schemas.ts'
import { meetingStanding } from './standing.ts'

export const changeRoute = createRoute({
  method: 'patch',
  path: '/meetings/{id}',
  operationId: 'changeMeeting',
  summary: 'Đổi giờ, địa điểm, tên cuộc họp, hoặc hủy họp (người điều hành)',
  tags: ['Sinh hoạt chi bộ'],
  request: {
    params: MeetingParams,
    body: { content: { 'application/json': { schema: ChangeBody } }, required: true },
  },
  responses: {
    200: answer('Đã lưu', MeetingAnswerSchema),
    400: refusal('Dữ liệu không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải người điều hành cuộc họp, hoặc không gửi từ chính trang'),
    404: refusal('Không có cuộc họp này'),
    409: refusal('Cuộc họp đã bị hủy'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function change(c: RouteContext<typeof changeRoute>): Promise<Response> {
  const { payload, user } = c.var
  const standing = await meetingStanding(payload, user, c.req.valid('param').id)
  if (!standing) return jsonError(404, 'not_found', M.notFound)
  if (!standing.runs) return jsonError(403, 'not_runner', M.notRunner)
  const { meeting } = standing
  if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.alreadyCancelled)
  const body = c.req.valid('json')
  const startsAt = body.startsAt ? new Date(body.startsAt).toISOString() : meeting.startsAt
  const endsAt = body.endsAt ? new Date(body.endsAt).toISOString() : meeting.endsAt
  if (new Date(endsAt) <= new Date(startsAt)) return jsonError(400, 'end_before_start', M.endBeforeStart)
  const data = body.cancel
    ? { status: 'cancelled' as const }
    : {
        startsAt,
        endsAt,
        place: body.place ?? meeting.place,
        title: body.title ?? meeting.title,
        online: body.online ?? meeting.online,
      }
  // A chair or recorder who is not a meeting admin runs the meeting but may not edit it through the rules;
  // the standing check above is the permission, so the write is the server's.
  await payload.update({ collection: 'meetings', id: meeting.id, data, depth: 0, overrideAccess: true })
  const after = await meetingStanding(payload, user, meeting.id)
  return json({
    meeting: await presentDetail(payload, user, after ?? standing),
    message: body.cancel ? M.cancelledNow : M.changed,
  })
}
