/** GET /fn/reports?org=&from=&to=: the subtree's figures, per child, and the 12-month trend. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { loadReport, monthLabel } from './load.ts'
import { ReportQuery, ReportSchema } from './schemas.ts'

export const summaryRoute = createRoute({
  method: 'get',
  path: '/reports',
  operationId: 'report',
  summary:
    'Báo cáo thống kê của một tổ chức và các tổ chức trực thuộc: đảng viên, kích hoạt, hoạt động, thông báo, sinh hoạt, học tập, nhiệm vụ, hỏi đáp; xu hướng 12 tháng',
  tags: ['Báo cáo'],
  request: { query: ReportQuery },
  responses: {
    200: answer('Báo cáo', ReportSchema),
    400: refusal('Kỳ báo cáo không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải cấp ủy, bí thư, hoặc tổ chức ngoài phạm vi'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function summary(c: RouteContext<typeof summaryRoute>): Promise<Response> {
  const report = await loadReport(c.var.payload, c.var.user, c.req.valid('query'))
  if (report instanceof Response) return report
  return json({
    org: report.org,
    orgs: report.orgs,
    period: { from: report.period.from, to: report.period.to, label: report.periodLabel },
    total: report.total,
    children: report.children,
    trend: report.trend.map((t) => ({ ...t, monthLabel: monthLabel(t.month) })),
  })
}
