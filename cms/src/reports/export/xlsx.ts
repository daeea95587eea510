/**
 * The report as an XLSX workbook, written by exceljs's streaming writer (each row is serialised and let go as it
 * is added, so a province's every cell fits): "Báo cáo" (children and total), "Xu hướng 12 tháng", "Toàn bộ tổ
 * chức" (every org of the subtree in tree order, when given) and "Thông tin".
 */
import { PassThrough } from 'node:stream'
import { REPORT_RATES, viMonth } from '@sotay/content-schemas'
import ExcelJS from 'exceljs'
import type { TreeFigures } from '../everyOrg.ts'
import type { SubtreeReport } from '../report.ts'
import { EXPORT_COLUMNS, exportRows } from './table.ts'

export const SHEET_NAMES = {
  report: 'Báo cáo',
  trend: 'Xu hướng 12 tháng',
  everyOrg: 'Toàn bộ tổ chức',
  about: 'Thông tin',
} as const

const TREND_COUNTERS = [
  ['active30', 'Đảng viên dùng ứng dụng'],
  ['noticesReceived', 'Thông báo đã nhận'],
  ['noticesRead', 'Thông báo đã đọc'],
  ['meetingsHeld', 'Buổi sinh hoạt đã họp'],
  ['meetingsExpected', 'Buổi sinh hoạt phải họp'],
  ['attendancePresent', 'Lượt có mặt'],
  ['attendanceExpected', 'Lượt phải dự'],
  ['quizParticipants', 'Người làm bài thi'],
  ['questionsAsked', 'Câu hỏi'],
] as const

const figureColumns = () =>
  EXPORT_COLUMNS.map((c) => ({
    header: c.header,
    width: c.kind === 'text' ? 34 : 14,
    style: c.kind === 'rate' ? { numFmt: '0%' } : {},
  }))

export async function reportXlsx(
  report: SubtreeReport,
  about: { title: string; period: string; exportedBy: string; exportedAt: string },
  everyOrg: TreeFigures[] = [],
): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise((resolve, reject) => {
    out.on('end', resolve)
    out.on('error', reject)
  })
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  book.creator = 'Sổ tay Đảng viên'

  const sheet = book.addWorksheet(SHEET_NAMES.report, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] })
  sheet.columns = figureColumns()
  sheet.getRow(1).font = { bold: true }
  const rows = exportRows(report)
  for (const [i, f] of rows.entries()) {
    const row = sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(f)))
    if (i === rows.length - 1) row.font = { bold: true }
    row.commit()
  }
  sheet.commit()

  const trend = book.addWorksheet(SHEET_NAMES.trend)
  trend.columns = [
    { header: 'Tháng', width: 10 },
    ...TREND_COUNTERS.map(([, header]) => ({ header, width: 16 })),
    ...REPORT_RATES.map((r) => ({ header: r.label.vi, width: 14, style: { numFmt: '0%' } })),
  ]
  trend.getRow(1).font = { bold: true }
  for (const m of report.trend)
    trend
      .addRow([
        viMonth(m.month),
        ...TREND_COUNTERS.map(([key]) => m.counters[key]),
        ...REPORT_RATES.map((r) => m.rates[r.key]),
      ])
      .commit()
  trend.commit()

  if (everyOrg.length) {
    const all = book.addWorksheet(SHEET_NAMES.everyOrg, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    })
    all.columns = [{ header: 'Cấp', width: 6 }, ...figureColumns()]
    all.getRow(1).font = { bold: true }
    for (const f of everyOrg) all.addRow([f.level, ...EXPORT_COLUMNS.map((c) => c.value(f))]).commit()
    all.commit()
  }

  const info = book.addWorksheet(SHEET_NAMES.about)
  info.columns = [{ width: 22 }, { width: 60 }]
  for (const line of [
    ['Báo cáo', about.title],
    ['Kỳ báo cáo', about.period],
    ['Người xuất', about.exportedBy],
    ['Thời điểm xuất', about.exportedAt],
  ])
    info.addRow(line).commit()
  info.commit()
  await book.commit()
  await done
  return Buffer.concat(chunks)
}
