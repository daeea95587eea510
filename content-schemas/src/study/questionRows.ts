/**
 * Questions for a quiz read from a spreadsheet (nhập câu hỏi từ Excel): one row per question, with the header
 * row "Câu hỏi | Phương án A … H | Đáp án đúng | Giải thích". Every row is checked; a row's faults come back in
 * Vietnamese with its row number, as the member import does, and nothing is kept unless every row holds.
 */
import { searchKey } from '../text/fold.ts'
import { OPTIONS_PER_QUESTION_MAX, QUESTIONS_PER_QUIZ_MAX } from './kinds.ts'

export interface QuestionRow {
  /** The row number as the author sees it in the spreadsheet. */
  row: number
  cells: unknown[]
}
export interface ImportedQuestion {
  text: string
  multiple: boolean
  options: { text: string; correct: boolean }[]
  explanation: string | null
}
export interface QuestionRowError {
  row: number
  message: string
}
export interface QuestionImport {
  questions: ImportedQuestion[]
  errors: QuestionRowError[]
}

const LETTERS = 'ABCDEFGH'.slice(0, OPTIONS_PER_QUESTION_MAX)
const key = (cell: unknown) =>
  searchKey(String(cell ?? ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
const text = (cell: unknown) => String(cell ?? '').trim()

/** Where each column is, from the header row; null when a required header is missing. */
function columnsOf(header: unknown[]) {
  const keys = header.map(key)
  const find = (...names: string[]) => keys.findIndex((k) => names.includes(k))
  const options = [...LETTERS].map((letter) =>
    find(`phuong an ${letter.toLowerCase()}`, letter.toLowerCase()),
  )
  return {
    question: find('cau hoi', 'noi dung cau hoi'),
    options,
    answer: find('dap an dung', 'dap an'),
    explanation: find('giai thich'),
  }
}

export const QUESTION_IMPORT_HEADERS = [
  'Câu hỏi',
  ...[...LETTERS].map((l) => `Phương án ${l}`),
  'Đáp án đúng',
  'Giải thích',
]

export function checkQuestionRows(rows: QuestionRow[]): QuestionImport {
  const [header, ...body] = rows
  const columns = header ? columnsOf(header.cells) : null
  if (
    !columns ||
    columns.question < 0 ||
    columns.answer < 0 ||
    columns.options.filter((i) => i >= 0).length < 2
  )
    return {
      questions: [],
      errors: [
        {
          row: header?.row ?? 1,
          message: 'Dòng tiêu đề phải có các cột “Câu hỏi”, “Phương án A”, “Phương án B” và “Đáp án đúng”.',
        },
      ],
    }
  const questions: ImportedQuestion[] = []
  const errors: QuestionRowError[] = []
  for (const { row, cells } of body) {
    if (cells.every((c) => !text(c))) continue
    const fault = (message: string) => errors.push({ row, message: `Dòng ${row}: ${message}` })
    const question = text(cells[columns.question])
    const options = columns.options.flatMap((index, i) =>
      index >= 0 && text(cells[index]) ? [{ letter: LETTERS[i]!, text: text(cells[index]) }] : [],
    )
    const letters = text(cells[columns.answer])
      .toUpperCase()
      .split(/[\s,;]+/)
      .filter(Boolean)
    if (!question) fault('thiếu nội dung câu hỏi.')
    else if (options.length < 2) fault('cần ít nhất hai phương án trả lời.')
    else if (!letters.length) fault('thiếu đáp án đúng (ghi chữ cái, ví dụ “B” hoặc “A, C”).')
    else if (letters.some((l) => !options.some((o) => o.letter === l)))
      fault(`đáp án “${letters.join(', ')}” không khớp với phương án nào đã ghi.`)
    else
      questions.push({
        text: question,
        multiple: letters.length > 1,
        options: options.map((o) => ({ text: o.text, correct: letters.includes(o.letter) })),
        explanation: columns.explanation >= 0 ? text(cells[columns.explanation]) || null : null,
      })
  }
  if (!errors.length && !questions.length)
    errors.push({ row: header!.row, message: 'Tệp không có câu hỏi nào.' })
  if (questions.length > QUESTIONS_PER_QUIZ_MAX)
    errors.push({ row: header!.row, message: `Một bài có tối đa ${QUESTIONS_PER_QUIZ_MAX} câu hỏi.` })
  return { questions, errors }
}
