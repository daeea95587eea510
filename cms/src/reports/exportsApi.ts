/**
 * The reports' files (`@sotay/cms/report-exports`): XLSX, PDF and CSV. Apart from `@sotay/cms/reports` so that
 * exceljs and pdf-lib load only when a file is asked for, not on every signed-in request.
 */
export { everyOrgFigures, type TreeFigures } from './everyOrg.ts'
export { reportCsv } from './export/csv.ts'
export { reportPdf } from './export/pdf.ts'
export { TOTAL_LABEL } from './export/table.ts'
export { reportXlsx, SHEET_NAMES } from './export/xlsx.ts'
