/**
 * POST /fn/meetings: schedule a meeting as the caller (`overrideAccess: false`), so the rules refuse an org
 * outside their subtree; the meeting's hooks invite the members and send the notice in the same transaction.
 */
import { createRoute } from '@hono/zod-openapi'
import type { Meeting } from '@sotay/cms'
import { type ID, MEETING_KINDS, meetingMonth, postedOnTime, viMonth } from '@sotay/content-schemas'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { presentDetail } from './detail.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { meetingRoots, withinRoots } from './orgs.ts'
import { ScheduleAnswerSchema, ScheduleBody } from './schemas.ts'
import { meetingStanding } from './standing.ts'

export const scheduleRoute = createRoute({
  method: 'post',
  path: '/meetings',
  operationId: 'scheduleMeeting',
  summary: 'Lên lịch họp cho chi bộ hoặc cấp ủy mình quản lý; gửi giấy mời cho người được mời',
  tags: ['Sinh hoạt chi bộ'],
  request: { body: { content: { 'application/json': { schema: ScheduleBody } }, required: true } },
  responses: {
    201: answer('Đã lên lịch', ScheduleAnswerSchema),
    400: refusal('Dữ liệu không hợp lệ (giờ, loại, tài liệu, người chủ trì)'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Tổ chức ngoài phạm vi quản lý, hoặc không gửi từ chính trang'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function schedule(c: RouteContext<typeof scheduleRoute>): Promise<Response> {
  const { payload, user } = c.var
  const body = c.req.valid('json')
  const roots = await meetingRoots(payload, user)
  if (!roots.length) return jsonError(403, 'not_runner', M.noOrgToRun)
  if (!(await withinRoots(payload, roots, body.org as ID)))
    return jsonError(403, 'outside_subtree', M.outsideSubtree)
  if (new Date(body.endsAt).getTime() <= Date.now()) return jsonError(400, 'in_past', M.inPast)
  const asCaller = { user, overrideAccess: false, depth: 0 } as const
  if (body.documents?.length) {
    const readable = await payload.count({
      collection: 'documents',
      where: { id: { in: body.documents } },
      ...asCaller,
    })
    if (readable.totalDocs < new Set(body.documents.map(String)).size)
      return jsonError(400, 'bad_document', M.badDocument)
  }
  const people = [body.chair, body.recorder].filter((x): x is ID => x !== null && x !== undefined)
  if (people.length) {
    const found = await payload.count({
      collection: 'users',
      where: {
        and: [
          { id: { in: people } },
          { or: [{ org: { equals: body.org } }, { 'grants.org': { equals: body.org } }] },
        ],
      },
      overrideAccess: true,
    })
    if (found.totalDocs < new Set(people.map(String)).size) return jsonError(400, 'bad_person', M.badPerson)
  }
  const kind = MEETING_KINDS.find((k) => k.value === body.kind)!
  const created = (await payload.create({
    collection: 'meetings',
    data: {
      title: body.title?.trim() || `${kind.label.vi} tháng ${viMonth(meetingMonth(body.startsAt))}`,
      kind: body.kind,
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: new Date(body.endsAt).toISOString(),
      place: body.place?.trim() || undefined,
      agenda: (body.agenda ?? []).map((title) => ({ title })),
      documents: body.documents ?? [],
      chair: body.chair ?? undefined,
      recorder: body.recorder ?? undefined,
      online: body.online ?? false,
      org: body.org,
      status: 'scheduled',
    } as never,
    ...asCaller,
  })) as Meeting
  const standing = await meetingStanding(payload, user, created.id)
  if (!standing) return jsonError(403, 'outside_subtree', M.outsideSubtree)
  return json(
    {
      meeting: await presentDetail(payload, user, standing),
      message: M.scheduled,
      onTime: body.kind === 'thuong-ky' ? postedOnTime(created.createdAt, created.startsAt) : null,
    },
    { status: 201 },
  )
}
