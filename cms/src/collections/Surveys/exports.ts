/**
 * A survey's answers as CSV and XLSX (xuất kết quả): one line per answer row (the member's name only in a named
 * survey), and in the XLSX a second sheet with the tally. Anonymous rows come in the order of their random key.
 */
import type { QuestionTally } from '@sotay/content-schemas'
import ExcelJS from 'exceljs'
import type { Survey } from '../../payload-types.ts'
import type { AnswerRow } from './results.ts'

function cellOf(survey: Survey, position: number, answer: unknown): string | number {
  const question = survey.questions?.[position]
  if (answer === undefined || !question) return ''
  if (Array.isArray(answer)) return answer.map((i) => question.options?.[i as number]?.text ?? '').join('; ')
  return answer as string | number
}

/** The answer sheet as rows of cells, the header first. */
export function answerTable(survey: Survey, rows: AnswerRow[]): (string | number)[][] {
  const named = !survey.anonymous
  const header = ['STT', ...(named ? ['Đảng viên'] : []), ...(survey.questions ?? []).map((q) => q.text)]
  return [
    header,
    ...rows.map((row, i) => [
      i + 1,
      ...(named ? [row.fullName ?? ''] : []),
      ...(survey.questions ?? []).map((_, position) =>
        cellOf(survey, position, row.answers[String(position)]),
      ),
    ]),
  ]
}

const csvCell = (value: string | number) => {
  const text = String(value)
  // A leading = + - @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly. */
export function surveyCsv(survey: Survey, rows: AnswerRow[]): string {
  return `\uFEFF${answerTable(survey, rows)
    .map((line) => line.map(csvCell).join(','))
    .join('\r\n')}\r\n`
}

export async function surveyXlsx(
  survey: Survey,
  rows: AnswerRow[],
  tallies: QuestionTally[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Sổ tay Đảng viên'
  const answers = book.addWorksheet('Phiếu trả lời')
  for (const line of answerTable(survey, rows)) answers.addRow(line)
  answers.getRow(1).font = { bold: true }
  const summary = book.addWorksheet('Tổng hợp')
  summary.addRow(['Câu hỏi', 'Phương án', 'Số lượt chọn', 'Điểm trung bình'])
  summary.getRow(1).font = { bold: true }
  for (const tally of tallies) {
    if (tally.kind === 'text')
      summary.addRow([tally.text, `${tally.texts.length} ý kiến`, tally.answered, ''])
    for (const count of tally.counts) summary.addRow([tally.text, count.label, count.count, ''])
    if (tally.average !== null) summary.addRow([tally.text, 'Trung bình', tally.answered, tally.average])
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
