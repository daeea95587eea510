/** GET /fn/meetings/{id}/attendance: who replied (present / absent with a reason), who has not, the exempt apart; counts. */
import { createRoute } from '@hono/zod-openapi'
import type { MeetingAttendance } from '@sotay/cms'
import { attendanceRate, countPresence, type ID, idOf, PRESENCE, presenceOf } from '@sotay/content-schemas'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { namesById } from './orgs.ts'
import { AttendanceAnswerSchema, type MeetingAttendee, MeetingParams } from './schemas.ts'
import { meetingStanding } from './standing.ts'

export const attendanceRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/attendance',
  operationId: 'meetingAttendance',
  summary: 'Danh sách trả lời và điểm danh của một cuộc họp (người điều hành)',
  tags: ['Sinh hoạt chi bộ'],
  request: { params: MeetingParams },
  responses: {
    200: answer('Danh sách và số liệu', AttendanceAnswerSchema),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải người điều hành cuộc họp'),
    404: refusal('Không có cuộc họp này'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

const ORDER: Record<string, number> = Object.fromEntries(PRESENCE.map((p, i) => [p.value, i]))
const labelOf = (value: string) => PRESENCE.find((p) => p.value === value)?.label.vi ?? value

export async function attendance(c: RouteContext<typeof attendanceRoute>): Promise<Response> {
  const { payload, user } = c.var
  const standing = await meetingStanding(payload, user, c.req.valid('param').id)
  if (!standing) return jsonError(404, 'not_found', M.notFound)
  if (!standing.runs) return jsonError(403, 'not_runner', M.notRunner)
  // Chair and recorder run the meeting without an admin grant: the standing check is the permission.
  const { docs } = await payload.find({
    collection: 'meeting-attendance',
    where: { meeting: { equals: standing.meeting.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const rows = docs as MeetingAttendance[]
  const started = new Date(standing.meeting.startsAt).getTime() <= Date.now()
  const names = await namesById(
    payload,
    'users',
    rows.map((r) => idOf(r.member) as ID),
  )
  const attendees: MeetingAttendee[] = rows.map((r) => {
    const presence = presenceOf(r, started)
    const id = idOf(r.member) as ID
    return {
      member: { id, fullName: names.get(String(id)) ?? '' },
      presence,
      presenceLabel: labelOf(presence),
      reply: r.reply ?? null,
      reason: r.reason ?? null,
      repliedAt: r.repliedAt ?? null,
      checkedInAt: r.checkedInAt ?? null,
      checkinMethod: r.checkinMethod ?? null,
      exempt: Boolean(r.exempt),
    }
  })
  attendees.sort(
    (a, b) =>
      ORDER[a.presence] - ORDER[b.presence] || a.member.fullName.localeCompare(b.member.fullName, 'vi'),
  )
  // The exempt are listed apart, after everyone else.
  attendees.sort((a, b) => Number(a.presence === 'exempt') - Number(b.presence === 'exempt'))
  const counts = countPresence(rows, started)
  return json({ started, counts, rate: started ? attendanceRate(counts) : null, attendees })
}
