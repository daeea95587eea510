/**
 * GET /fn/meetings/oversight?month=YYYY-MM&org=…: the committee's "Theo dõi sinh hoạt": every cell of the
 * subtree, posted on time / late / not posted, held or not, attendance. The caller's grants decide the subtree;
 * the report reads as the server once the org is checked to be inside it.
 */
import { createRoute } from '@hono/zod-openapi'
import { monthOversight, POSTING_VERDICT_LABELS } from '@sotay/cms/meetings'
import { type ID, nextMonth, viDateTime, viMonth } from '@sotay/content-schemas'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { namesById, overseenOrg } from './orgs.ts'
import { OversightAnswerSchema, OversightQuery } from './schemas.ts'

export const oversightRoute = createRoute({
  method: 'get',
  path: '/meetings/oversight',
  operationId: 'meetingOversight',
  summary: 'Theo dõi sinh hoạt: các chi bộ đã đăng lịch đúng hạn ngày 20 chưa, đã họp chưa, tỉ lệ dự họp',
  tags: ['Sinh hoạt chi bộ'],
  request: { query: OversightQuery },
  responses: {
    200: answer('Theo dõi một tháng', OversightAnswerSchema),
    400: refusal('Tháng không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải cấp ủy, bí thư, hoặc tổ chức ngoài phạm vi'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function oversight(c: RouteContext<typeof oversightRoute>): Promise<Response> {
  const { payload, user } = c.var
  const query = c.req.valid('query')
  const overseen = await overseenOrg(payload, user, query.org as ID | undefined)
  if (overseen.refused) return overseen.refused
  const { roots, org } = overseen
  const month = query.month ?? nextMonth(new Date())
  const [report, names] = await Promise.all([
    monthOversight(payload, org, month),
    namesById(payload, 'orgs', [...roots, org]),
  ])
  return json({
    month,
    monthLabel: viMonth(month),
    deadline: viDateTime(report.deadline),
    org: { id: org, name: names.get(String(org)) ?? '' },
    orgs: roots.map((id) => ({ id, name: names.get(String(id)) ?? '' })),
    totals: report.totals,
    cells: report.cells.map((cell) => ({
      org: { id: cell.org.id, name: cell.org.name },
      posting: cell.posting,
      postingLabel: POSTING_VERDICT_LABELS[cell.posting],
      meeting: cell.meeting
        ? { id: cell.meeting.id, title: cell.meeting.title, when: viDateTime(cell.meeting.startsAt) }
        : null,
      held: cell.held,
      invited: cell.invited,
      present: cell.present,
      expected: cell.expected,
      rate: cell.rate,
    })),
  })
}
