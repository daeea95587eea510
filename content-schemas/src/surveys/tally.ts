/**
 * The results of a survey from its answer rows: counts per option (choice, multiple), the count per point and
 * the average (scale), the list of texts (free text). Pure, so the charts, the CSV and the XLSX read one tally.
 */

import type { SurveyAnswers, SurveyQuestionShape } from './answers.ts'
import { SCALE_MAX, SCALE_MIN } from './kinds.ts'

export interface QuestionTally {
  text: string
  kind: SurveyQuestionShape['kind']
  answered: number
  /** choice, multiple: one per option; scale: one per point 1–5. */
  counts: { label: string; count: number }[]
  /** scale only, rounded to two decimals; null when nobody answered. */
  average: number | null
  /** text only, in the order stored. */
  texts: string[]
}

export function tallySurvey(questions: SurveyQuestionShape[], rows: SurveyAnswers[]): QuestionTally[] {
  return questions.map((question, position) => {
    const given = rows.map((row) => row[String(position)]).filter((a) => a !== undefined)
    const base = {
      text: question.text,
      kind: question.kind,
      answered: given.length,
      average: null,
      texts: [],
    }
    if (question.kind === 'scale') {
      const points = given.filter((a): a is number => typeof a === 'number')
      const counts = []
      for (let p = SCALE_MIN; p <= SCALE_MAX; p++)
        counts.push({ label: String(p), count: points.filter((x) => x === p).length })
      const average = points.length
        ? Math.round((points.reduce((s, x) => s + x, 0) / points.length) * 100) / 100
        : null
      return { ...base, counts, average }
    }
    if (question.kind === 'text')
      return { ...base, counts: [], texts: given.filter((a): a is string => typeof a === 'string') }
    const counts = (question.options ?? []).map((o) => ({ label: o.text, count: 0 }))
    for (const chosen of given)
      for (const index of Array.isArray(chosen) ? chosen : []) if (counts[index]) counts[index].count++
    return { ...base, counts }
  })
}
