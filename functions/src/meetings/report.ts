/** GET /fn/meetings/attendance-report?org=…: 12-month attendance per member and per cell, with the Article 8 flags. */
import { createRoute } from '@hono/zod-openapi'
import { attendanceReport } from '@sotay/cms/meetings'
import type { ID } from '@sotay/content-schemas'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { namesById, overseenOrg } from './orgs.ts'
import { AttendanceReportSchema, ReportQuery } from './schemas.ts'

export const reportRoute = createRoute({
  method: 'get',
  path: '/meetings/attendance-report',
  operationId: 'meetingAttendanceReport',
  summary:
    'Tỉ lệ dự sinh hoạt 12 tháng của từng đảng viên, từng chi bộ; đảng viên vắng không lý do 3 tháng (Điều 8)',
  tags: ['Sinh hoạt chi bộ'],
  request: { query: ReportQuery },
  responses: {
    200: answer('Báo cáo', AttendanceReportSchema),
    400: refusal('Dữ liệu không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải cấp ủy, bí thư, hoặc tổ chức ngoài phạm vi'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function report(c: RouteContext<typeof reportRoute>): Promise<Response> {
  const { payload, user } = c.var
  const query = c.req.valid('query')
  const overseen = await overseenOrg(payload, user, query.org as ID | undefined)
  if (overseen.refused) return overseen.refused
  const { org } = overseen
  const [result, names] = await Promise.all([
    attendanceReport(payload, org),
    namesById(payload, 'orgs', [org]),
  ])
  return json({
    org: { id: org, name: names.get(String(org)) ?? '' },
    from: result.from,
    to: result.to,
    year: result.year,
    members: result.members.map((m) => ({ ...m, member: { id: m.member.id, fullName: m.member.fullName } })),
    cells: result.cells,
  })
}
