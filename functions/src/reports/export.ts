/**
 * GET /fn/reports/export?org=&format=xlsx|csv|pdf&from=&to=: the report as a file for the monthly report to the
 * level above. The caller's subtree only; the export is written to the audit log first, and no entry, no file.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { recordAudit } from '@sotay/cms'
import { slugify, viDateTime } from '@sotay/content-schemas'
import { refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { loadReport } from './load.ts'
import { ExportQuery } from './schemas.ts'

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const

const binary = { schema: z.string().openapi({ format: 'binary' }) }

export const exportRoute = createRoute({
  method: 'get',
  path: '/reports/export',
  operationId: 'reportExport',
  summary: 'Xuất báo cáo thống kê của một tổ chức ra tệp XLSX, CSV hoặc PDF (ghi vào nhật ký hệ thống)',
  tags: ['Báo cáo'],
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'Tệp báo cáo',
      content: { [TYPES.xlsx]: binary, [TYPES.csv]: binary, [TYPES.pdf]: binary },
    },
    400: refusal('Định dạng hoặc kỳ báo cáo không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không phải cấp ủy, bí thư, hoặc tổ chức ngoài phạm vi'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export async function exportReport(c: RouteContext<typeof exportRoute>): Promise<Response> {
  const { payload, user } = c.var
  const query = c.req.valid('query')
  const report = await loadReport(payload, user, query)
  if (report instanceof Response) return report
  const about = {
    title: report.org.name,
    period: report.periodLabel,
    exportedBy: user.fullName ?? user.username ?? '',
    exportedAt: viDateTime(new Date()),
  }
  await recordAudit(payload, {
    action: 'export',
    actor: user,
    collection: 'reports',
    docId: report.org.id,
    docTitle: `Báo cáo thống kê ${report.org.name}`,
    org: report.org.id,
    details: { format: query.format, from: report.period.from, to: report.period.to },
    ip: c.var.clientIp,
  })
  // Loaded on the first export, not at start: exceljs and pdf-lib are most of a cold start's modules.
  const { everyOrgFigures, reportCsv, reportPdf, reportXlsx } = await import('@sotay/cms/report-exports')
  const body =
    query.format === 'xlsx'
      ? await reportXlsx(report, about, await everyOrgFigures(payload, report.org.id, report.period))
      : query.format === 'pdf'
        ? await reportPdf(report, about)
        : reportCsv(report)
  const name = `bao-cao-${slugify(report.org.name)}-${report.period.from}-${report.period.to}.${query.format}`
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': TYPES[query.format],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  })
}
