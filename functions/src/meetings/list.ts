/** GET /fn/meetings: my meetings (upcoming first, soonest first; then past, latest first), and those of orgs I run. */
import { createRoute } from '@hono/zod-openapi'
import type { Meeting, MeetingAttendance } from '@sotay/cms'
import { type ID, idOf, ownedWithin } from '@sotay/content-schemas'
import type { Where } from 'payload'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { meetingRoots, namesById, runOrgs } from './orgs.ts'
import { presentSummary } from './present.ts'
import { MeetingListSchema } from './schemas.ts'

const PAST_DAYS = 120
const LIMIT = 100

export const listRoute = createRoute({
  method: 'get',
  path: '/meetings',
  operationId: 'myMeetings',
  summary: 'Lịch sinh hoạt của tôi: sắp tới trước, rồi đã qua; kèm các cuộc họp của tổ chức tôi quản lý',
  tags: ['Sinh hoạt chi bộ'],
  responses: {
    200: answer('Các cuộc họp', MeetingListSchema),
    401: refusal('Chưa đăng nhập'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function list(c: RouteContext<typeof listRoute>): Promise<Response> {
  const { payload, user } = c.var
  const now = new Date()
  const since = new Date(now.getTime() - PAST_DAYS * 24 * 3600_000).toISOString()
  const asMember = { user, overrideAccess: false, depth: 0 } as const
  const rows = (
    await payload.find({
      collection: 'meeting-attendance',
      where: { member: { equals: user.id } },
      sort: '-createdAt',
      limit: LIMIT,
      ...asMember,
    })
  ).docs as MeetingAttendance[]
  const roots = await meetingRoots(payload, user)
  const or: Where[] = []
  if (rows.length) or.push({ id: { in: rows.map((r) => idOf(r.meeting) as ID) } })
  if (roots.length) or.push(ownedWithin(roots))
  if (!or.length) return json({ meetings: [], runOrgs: [], oversees: false })
  const meetings = (
    await payload.find({
      collection: 'meetings',
      where: { and: [{ or }, { endsAt: { greater_than_equal: since } }] },
      sort: '-startsAt',
      limit: LIMIT,
      ...asMember,
    })
  ).docs as Meeting[]
  const byMeeting = new Map(rows.map((r) => [String(idOf(r.meeting)), r]))
  const rootSet = new Set(roots.map(String))
  const names = await namesById(
    payload,
    'orgs',
    meetings.map((m) => idOf(m.org) as ID),
  )
  const summaries = meetings.map((m) => {
    const lineage = [...(m.orgAncestors ?? []).map((o) => String(idOf(o))), String(idOf(m.org))]
    const runs =
      lineage.some((o) => rootSet.has(o)) ||
      String(idOf(m.chair)) === String(user.id) ||
      String(idOf(m.recorder)) === String(user.id)
    return presentSummary(m, names.get(String(idOf(m.org))) ?? null, byMeeting.get(String(m.id)), runs, now)
  })
  const upcoming = summaries.filter((s) => s.upcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = summaries.filter((s) => !s.upcoming)
  const orgs = await runOrgs(payload, user)
  return json({ meetings: [...upcoming, ...past], runOrgs: orgs, oversees: roots.length > 0 })
}
