/** The export's table: one row per child org and a total row, every counter then every rate, Vietnamese headers. */
import { REPORT_COUNTERS, REPORT_RATES, viRate } from '@sotay/content-schemas'
import type { OrgFigures, SubtreeReport } from '../report.ts'

export const TOTAL_LABEL = 'Tổng cộng'

export interface ExportColumn {
  header: string
  kind: 'text' | 'count' | 'rate' | 'hours'
  value: (f: OrgFigures) => string | number | null
}

export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Tổ chức', kind: 'text', value: (f) => f.org.name },
  ...REPORT_COUNTERS.map(
    (c): ExportColumn => ({ header: c.label.vi, kind: 'count', value: (f) => f.counters[c.key] }),
  ),
  ...REPORT_RATES.map(
    (r): ExportColumn => ({ header: r.label.vi, kind: 'rate', value: (f) => f.rates[r.key] }),
  ),
  {
    header: 'Thời gian trả lời (trung vị, giờ)',
    kind: 'hours',
    value: (f) => (f.medianAnswerHours === null ? null : Math.round(f.medianAnswerHours * 10) / 10),
  },
]

/** The children, then the whole subtree as "Tổng cộng …". */
export function exportRows(report: SubtreeReport): OrgFigures[] {
  const total = {
    ...report.total,
    org: { ...report.total.org, name: `${TOTAL_LABEL} ${report.total.org.name}` },
  }
  return [...report.children, total]
}

/** A cell as text (CSV, PDF): rates as "87%", nothing as "". */
export function cellText(column: ExportColumn, f: OrgFigures): string {
  const value = column.value(f)
  if (value === null) return column.kind === 'rate' ? viRate(null) : ''
  return column.kind === 'rate' ? viRate(value as number) : String(value)
}
