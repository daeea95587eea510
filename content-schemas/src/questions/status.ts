/** Where a member's question stands (trạng thái câu hỏi). */
import { label } from '../shared/label.ts'

export const QUESTION_STATUSES = ['auto', 'pending', 'escalated', 'answered', 'closed'] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const QUESTION_STATUS_OPTIONS = [
  { value: 'auto', label: label('Tự động trả lời', 'Answered automatically') },
  { value: 'pending', label: label('Chờ trả lời', 'Waiting for an answer') },
  { value: 'escalated', label: label('Đã chuyển cấp trên', 'Passed to the committee above') },
  { value: 'answered', label: label('Đã trả lời', 'Answered') },
  { value: 'closed', label: label('Đóng', 'Closed') },
] as const

/** Statuses in which a person still owes the member an answer. */
export const OPEN_STATUSES: QuestionStatus[] = ['pending', 'escalated']

/** The mark shown on an answer that came from the answer bank, not from a person. */
export const AUTO_ANSWER_NOTE = 'Trả lời tự động từ ngân hàng hỏi đáp'

/** Limits on a question's text, and the messages members see. */
export const QUESTION_MIN = 10
export const QUESTION_MAX = 2000

/**
 * Confidence (0..1, see cms/src/search/confidence.ts) above which the bank answers without a person.
 * Tuned on the demo answer bank (cms/test/questions-matcher.test.ts): every listed phrasing, with
 * or without accents, clears it; unrelated questions stay well below.
 */
export const AUTO_ANSWER_CONFIDENCE = 0.5

/** `req.context` key under which the ask function hands the answer bank's match to the questions hook. */
export const AUTO_ANSWER_CONTEXT = 'sotay.autoAnswer'
