/** The report as an XLSX workbook (exceljs): "Báo cáo" (children and total), "Xu hướng 12 tháng", "Thông tin". */
import { REPORT_RATES, viMonth } from '@sotay/content-schemas'
import ExcelJS from 'exceljs'
import type { SubtreeReport } from '../report.ts'
import { EXPORT_COLUMNS, exportRows } from './table.ts'

export const SHEET_NAMES = { report: 'Báo cáo', trend: 'Xu hướng 12 tháng', about: 'Thông tin' } as const

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

export async function reportXlsx(
  report: SubtreeReport,
  about: { title: string; period: string; exportedBy: string; exportedAt: string },
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Sổ tay Đảng viên'
  const sheet = book.addWorksheet(SHEET_NAMES.report)
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: c.header,
    width: c.kind === 'text' ? 34 : 14,
    style: c.kind === 'rate' ? { numFmt: '0%' } : {},
  }))
  for (const f of exportRows(report)) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(f)))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(sheet.rowCount).font = { bold: true }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }]

  const trend = book.addWorksheet(SHEET_NAMES.trend)
  trend.columns = [
    { header: 'Tháng', width: 10 },
    ...TREND_COUNTERS.map(([, header]) => ({ header, width: 16 })),
    ...REPORT_RATES.map((r) => ({ header: r.label.vi, width: 14, style: { numFmt: '0%' } })),
  ]
  for (const m of report.trend)
    trend.addRow([
      viMonth(m.month),
      ...TREND_COUNTERS.map(([key]) => m.counters[key]),
      ...REPORT_RATES.map((r) => m.rates[r.key]),
    ])
  trend.getRow(1).font = { bold: true }

  const info = book.addWorksheet(SHEET_NAMES.about)
  info.columns = [{ width: 22 }, { width: 60 }]
  info.addRows([
    ['Báo cáo', about.title],
    ['Kỳ báo cáo', about.period],
    ['Người xuất', about.exportedBy],
    ['Thời điểm xuất', about.exportedAt],
  ])
  return Buffer.from(await book.xlsx.writeBuffer())
}
