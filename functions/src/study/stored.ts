/** The stored quiz and attempt as the study functions read them, and the shaping that hides the answer key. */
import { type DrawnQuestion, grantedOrgIds, type SessionUser } from '@sotay/content-schemas'

export interface StoredOption {
  text: string
  correct?: boolean | null
}
export interface StoredQuestion {
  text: string
  multiple?: boolean | null
  options?: StoredOption[] | null
  explanation?: string | null
}
export interface StoredQuiz {
  id: number | string
  title: string
  kind: 'quiz' | 'contest'
  topic?: number | string | { id: number | string } | null
  published?: boolean | null
  audience?: 'members' | 'secretaries' | null
  drawCount?: number | null
  timeLimitMinutes?: number | null
  maxAttempts?: number | null
  passPercent?: number | null
  opensAt?: string | null
  closesAt?: string | null
  questions?: StoredQuestion[] | null
}
export interface StoredAttempt {
  id: number | string
  quiz: number | string | { id: number | string }
  member: number | string | { id: number | string }
  attemptNumber: number
  startedAt: string
  drawn?: DrawnQuestion[] | null
  submittedAt?: string | null
  answers?: Record<string, number[]> | null
  correct?: number | null
  total?: number | null
  percent?: number | null
  passed?: boolean | null
  durationMs?: number | null
  leftPageCount?: number | null
}

export const timeOf = (iso?: string | null) => (iso ? new Date(iso).getTime() : null)
export const quizSettings = (quiz: StoredQuiz) => ({
  timeLimitMinutes: quiz.timeLimitMinutes ?? 0,
  maxAttempts: Math.max(1, quiz.kind === 'contest' ? 1 : (quiz.maxAttempts ?? 1)),
  passPercent: quiz.passPercent ?? 50,
})

/** A contest for cell secretaries is for holders of a `secretary` grant; everyone sent it may sit a quiz. */
export const eligible = (quiz: StoredQuiz, user: SessionUser) =>
  quiz.audience !== 'secretaries' || grantedOrgIds(user, ['secretary']).length > 0

/** The drawn questions as the phone gets them before submitting: texts only, never `correct` or explanations. */
export const questionsForPhone = (quiz: StoredQuiz, drawn: DrawnQuestion[]) =>
  drawn.map((d) => {
    const question = quiz.questions?.[d.q]
    return {
      text: question?.text ?? '',
      multiple: Boolean(question?.multiple),
      options: d.options.map((index) => ({ index, text: question?.options?.[index]?.text ?? '' })),
    }
  })

/** After submitting: each drawn question with its key, the member's choice and the explanation. */
export const review = (
  quiz: StoredQuiz,
  drawn: DrawnQuestion[],
  answers: Record<string, number[]>,
  right: boolean[],
) =>
  drawn.map((d, position) => {
    const question = quiz.questions?.[d.q]
    const chosen = new Set(answers[String(position)] ?? [])
    return {
      text: question?.text ?? '',
      multiple: Boolean(question?.multiple),
      right: Boolean(right[position]),
      explanation: question?.explanation?.trim() || null,
      options: d.options.map((index) => ({
        index,
        text: question?.options?.[index]?.text ?? '',
        correct: Boolean(question?.options?.[index]?.correct),
        chosen: chosen.has(index),
      })),
    }
  })

/** The bank's answer key: correct option indexes per question. */
export const answerKey = (quiz: StoredQuiz) =>
  (quiz.questions ?? []).map((q) => ({
    correct: (q.options ?? []).flatMap((o, i) => (o.correct ? [i] : [])),
  }))
