/** GET /fn/meetings/people?org=…: the people of an org one runs, to choose a chair and a recorder. */
import { createRoute, z } from '@hono/zod-openapi'
import { type ID, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { MEETING_MESSAGES as M } from './messages.ts'
import { meetingRoots, withinRoots } from './orgs.ts'
import { PersonSchema } from './schemas.ts'

export const PeopleQuery = z.object({ org: z.string().regex(/^[\w-]{1,64}$/, M.orgOutside) })
export const PeopleAnswerSchema = z.object({ people: z.array(PersonSchema) }).openapi('MeetingPeople')
export type MeetingPeople = z.infer<typeof PeopleAnswerSchema>

export const peopleRoute = createRoute({
  method: 'get',
  path: '/meetings/people',
  operationId: 'meetingPeople',
  summary: 'Đảng viên và cấp ủy của một tổ chức mình quản lý (chọn chủ trì, thư ký)',
  tags: ['Sinh hoạt chi bộ'],
  request: { query: PeopleQuery },
  responses: {
    200: answer('Danh sách', PeopleAnswerSchema),
    400: refusal('Dữ liệu không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Tổ chức ngoài phạm vi quản lý'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function people(c: RouteContext<typeof peopleRoute>): Promise<Response> {
  const { payload, user } = c.var
  const org = c.req.valid('query').org as ID
  const roots = await meetingRoots(payload, user)
  if (!(await withinRoots(payload, roots, org))) return jsonError(403, 'outside_subtree', M.orgOutside)
  // Checked above to be inside the caller's subtree; committee holders may live elsewhere, hence the server's read.
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [
        { or: [{ org: { equals: org } }, { 'grants.org': { equals: org } }] },
        { status: { not_in: NOT_RECIPIENT_STATUSES } },
      ],
    },
    select: { fullName: true },
    sort: 'fullName',
    depth: 0,
    limit: 300,
    overrideAccess: true,
  })
  return json({
    people: (docs as { id: ID; fullName: string }[]).map((d) => ({ id: d.id, fullName: d.fullName })),
  })
}
