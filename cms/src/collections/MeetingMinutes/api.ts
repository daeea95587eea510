/** The minutes' PDF for the meeting functions (`@sotay/cms/minutes`). */
export { type MinutesPdfContent, renderMinutesPdf } from './pdf/renderMinutesPdf.ts'
