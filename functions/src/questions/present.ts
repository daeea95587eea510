/** How a question looks to the member who asked it: no internal fields, labels in Vietnamese. */
import { AUTO_ANSWER_NOTE, idOf, QUESTION_STATUS_OPTIONS, type Ref } from '@sotay/content-schemas'
import type { FaqEntry, MemberQuestion } from './schemas.ts'

export interface QuestionDoc {
  id: number | string
  text: string
  status: MemberQuestion['status']
  answer?: string | null
  answeredAt?: string | null
  createdAt: string
  autoAnswer?: { faq?: Ref; score?: number | null } | null
}

export interface FaqDoc {
  id: number | string
  question: string
  answer: string
  category?: string
}

const statusLabel = (status: string) =>
  QUESTION_STATUS_OPTIONS.find((o) => o.value === status)?.label.vi ?? status

export function presentQuestion(question: QuestionDoc, faq?: FaqDoc): MemberQuestion {
  const automatic = question.status === 'auto'
  return {
    id: question.id,
    text: question.text,
    status: question.status,
    statusLabel: statusLabel(question.status),
    createdAt: question.createdAt,
    answer: question.answer ?? null,
    answeredAt: question.answeredAt ?? null,
    automatic,
    autoAnswer:
      faq && idOf(question.autoAnswer?.faq) !== undefined
        ? { note: AUTO_ANSWER_NOTE, faqId: faq.id, question: faq.question, answer: faq.answer }
        : null,
  }
}

export const presentFaq = (faq: FaqDoc): FaqEntry => ({
  id: faq.id,
  question: faq.question,
  answer: faq.answer,
  category: faq.category,
})
