/** GET /fn/meetings/{id}: one meeting as the caller may see it (invited, or a meeting admin of its subtree). */
import { createRoute } from '@hono/zod-openapi'
import type { Meeting } from '@sotay/cms'
import { type ID, idOf, idsOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import type { SignedInUser } from '../session/member.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { namesById } from './orgs.ts'
import { presentSummary } from './present.ts'
import { MeetingAnswerSchema, type MeetingDetail, type MeetingDocument, MeetingParams } from './schemas.ts'
import { type MeetingStanding, meetingStanding } from './standing.ts'

export const detailRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  operationId: 'meeting',
  summary: 'Một cuộc họp: thời gian, địa điểm, chương trình, tài liệu, chủ trì, thư ký, câu trả lời của tôi',
  tags: ['Sinh hoạt chi bộ'],
  request: { params: MeetingParams },
  responses: {
    200: answer('Cuộc họp', MeetingAnswerSchema),
    401: refusal('Chưa đăng nhập'),
    404: refusal('Không có cuộc họp này, hoặc tôi không được mời'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

/** The documents the caller may read (read as the caller: one they may not read is left out). */
async function documentsOf(
  payload: Payload,
  user: SignedInUser,
  meeting: Meeting,
): Promise<MeetingDocument[]> {
  const ids = idsOf(meeting.documents)
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'documents',
    where: { id: { in: ids } },
    select: { title: true, slug: true, numberSymbol: true },
    depth: 0,
    limit: ids.length,
    user,
    overrideAccess: false,
  })
  const byId = new Map(
    (docs as { id: ID; title: string; slug?: string | null; numberSymbol?: string | null }[]).map((d) => [
      String(d.id),
      d,
    ]),
  )
  return ids.flatMap((id) => {
    const d = byId.get(String(id))
    if (!d) return []
    const ref = d.slug ?? String(d.id)
    return [
      {
        id: d.id,
        title: d.title,
        numberSymbol: d.numberSymbol ?? null,
        ref,
        link: `/thanh-vien/van-ban/#${encodeURIComponent(ref)}`,
      },
    ]
  })
}

export async function presentDetail(
  payload: Payload,
  user: SignedInUser,
  standing: MeetingStanding,
): Promise<MeetingDetail> {
  const { meeting } = standing
  const [orgNames, people, documents] = await Promise.all([
    namesById(payload, 'orgs', [idOf(meeting.org) as ID]),
    namesById(
      payload,
      'users',
      [idOf(meeting.chair), idOf(meeting.recorder)].filter((x): x is ID => x !== undefined),
    ),
    documentsOf(payload, user, meeting),
  ])
  const person = (ref: unknown) => {
    const id = idOf(ref as never) as ID | undefined
    return id === undefined ? null : { id, fullName: people.get(String(id)) ?? '' }
  }
  return {
    ...presentSummary(
      meeting,
      orgNames.get(String(idOf(meeting.org))) ?? null,
      standing.attendance,
      standing.runs,
    ),
    agenda: (meeting.agenda ?? []).map((a) => ({ title: a.title, note: a.note ?? null })),
    documents,
    chair: person(meeting.chair),
    recorder: person(meeting.recorder),
    isChair: standing.isChair,
    isRecorder: standing.isRecorder,
    invited: standing.attendance !== null,
  }
}

export async function detail(c: RouteContext<typeof detailRoute>): Promise<Response> {
  const { payload, user } = c.var
  const standing = await meetingStanding(payload, user, c.req.valid('param').id)
  if (!standing) return jsonError(404, 'not_found', M.notFound)
  return json({ meeting: await presentDetail(payload, user, standing) })
}
