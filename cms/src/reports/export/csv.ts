/** The report as CSV: UTF-8 with a BOM so Excel reads the marks, one row per child org and the total. */
import Papa from 'papaparse'
import type { SubtreeReport } from '../report.ts'
import { cellText, EXPORT_COLUMNS, exportRows } from './table.ts'

export function reportCsv(report: SubtreeReport): string {
  const rows = exportRows(report).map((f) => EXPORT_COLUMNS.map((c) => cellText(c, f)))
  return `\uFEFF${Papa.unparse([EXPORT_COLUMNS.map((c) => c.header), ...rows])}\r\n`
}
