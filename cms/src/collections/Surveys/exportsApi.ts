/**
 * The surveys' charts and files (`@sotay/cms/survey-exports`): apart from `@sotay/cms/surveys` so that echarts and
 * exceljs load only when results are shown or exported.
 */
export { tallyChartSvg } from './charts.ts'
export { answerTable, surveyCsv, surveyXlsx } from './exports.ts'
