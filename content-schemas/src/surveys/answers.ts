/**
 * Checks a member's answers against the survey's questions: the answer to question `i` is an option index
 * list (choice, multiple), a whole number 1–5 (scale) or a text. The first fault is returned in Vietnamese,
 * naming the question, so the phone can point at it; nothing is stored unless every answer holds.
 */
import { SCALE_MAX, SCALE_MIN, SURVEY_TEXT_MAX, type SurveyQuestionKind } from './kinds.ts'
import { SURVEY_MESSAGES } from './messages.ts'

export interface SurveyQuestionShape {
  text: string
  kind: SurveyQuestionKind
  required?: boolean | null
  options?: { text: string }[] | null
}

/** One stored answer per question position; an unanswered optional question is absent. */
export type SurveyAnswer = number[] | number | string
export type SurveyAnswers = Record<string, SurveyAnswer>

export type CheckedAnswers = { ok: true; answers: SurveyAnswers } | { ok: false; message: string }

const named = (message: string, position: number, question: SurveyQuestionShape) =>
  `${message}${position + 1}. ${question.text}`

export function checkSurveyAnswers(
  questions: SurveyQuestionShape[],
  given: Record<string, unknown>,
): CheckedAnswers {
  if (Object.keys(given).some((key) => !/^\d+$/.test(key) || Number(key) >= questions.length))
    return { ok: false, message: SURVEY_MESSAGES.unknownQuestion }
  const answers: SurveyAnswers = {}
  for (const [position, question] of questions.entries()) {
    const raw = given[String(position)]
    const blank =
      raw === undefined ||
      raw === null ||
      (typeof raw === 'string' && !raw.trim()) ||
      (Array.isArray(raw) && raw.length === 0)
    if (blank) {
      if (question.required)
        return { ok: false, message: named(SURVEY_MESSAGES.required, position, question) }
      continue
    }
    if (question.kind === 'choice' || question.kind === 'multiple') {
      const count = question.options?.length ?? 0
      const chosen = Array.isArray(raw) ? raw : [raw]
      if (chosen.some((o) => !Number.isInteger(o) || (o as number) < 0 || (o as number) >= count))
        return { ok: false, message: named(SURVEY_MESSAGES.badChoice, position, question) }
      const unique = [...new Set(chosen as number[])].sort((a, b) => a - b)
      if (question.kind === 'choice' && unique.length > 1)
        return { ok: false, message: named(SURVEY_MESSAGES.oneChoice, position, question) }
      answers[position] = unique
    } else if (question.kind === 'scale') {
      if (!Number.isInteger(raw) || (raw as number) < SCALE_MIN || (raw as number) > SCALE_MAX)
        return { ok: false, message: named(SURVEY_MESSAGES.badScale, position, question) }
      answers[position] = raw as number
    } else {
      if (typeof raw !== 'string') return { ok: false, message: SURVEY_MESSAGES.unknownQuestion }
      if (raw.length > SURVEY_TEXT_MAX)
        return { ok: false, message: named(SURVEY_MESSAGES.tooLong, position, question) }
      answers[position] = raw.trim()
    }
  }
  return { ok: true, answers }
}
