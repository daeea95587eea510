/** What the functions and the admin dashboard use of the reports (`@sotay/cms/reports`). */

export { ACTIVITY_RETENTION_DAYS, recordActivityDay } from '../collections/ActivityDays/record.ts'
export { type Period, periodLabel, periodOf, thisMonth, twelveMonths } from './period.ts'
export { type OrgFigures, type SubtreeReport, subtreeReport, type TrendMonth } from './report.ts'
export { type RollUpOptions, rollUpReportDays } from './rollup/rollUp.ts'
export { num, type ReportDb, reportDb, sqlReaderOf } from './sql.ts'
