/** A survey's results for the committee: the tally of every answer row, read by the server for a caller it checked. */
import {
  type ID,
  type QuestionTally,
  type SurveyAnswers,
  type SurveyQuestionShape,
  tallySurvey,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { Survey } from '../../payload-types.ts'

export interface AnswerRow {
  answers: SurveyAnswers
  /** Named surveys only. */
  fullName: string | null
}

export const questionsOf = (survey: Pick<Survey, 'questions'>): SurveyQuestionShape[] =>
  (survey.questions ?? []).map((q) => ({
    text: q.text,
    kind: q.kind,
    required: q.required,
    options: (q.options ?? []).map((o) => ({ text: o.text })),
  }))

export async function answerRows(payload: Payload, survey: Survey): Promise<AnswerRow[]> {
  const { docs } = await payload.find({
    collection: 'survey-answers',
    where: { survey: { equals: survey.id } },
    // The random key: the order says nothing about who answered when.
    sort: 'id',
    depth: survey.anonymous ? 0 : 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d) => ({
    answers: (d.answers ?? {}) as SurveyAnswers,
    fullName: !survey.anonymous && d.member && typeof d.member === 'object' ? d.member.fullName : null,
  }))
}

export async function surveyResults(
  payload: Payload,
  survey: Survey,
): Promise<{ respondents: number; questions: QuestionTally[]; rows: AnswerRow[] }> {
  const rows = await answerRows(payload, survey)
  return {
    respondents: rows.length,
    questions: tallySurvey(
      questionsOf(survey),
      rows.map((r) => r.answers),
    ),
    rows,
  }
}

export type { ID }
