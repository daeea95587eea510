/**
 * A survey's answers kept on the phone (localStorage, per member) as they are given, and an answer sent
 * without network kept waiting until it returns. The server's answer, thanks or a refusal, settles it.
 */
import type { SurveyAnswerBody } from '@sotay/functions/types'
import { fn } from '../api.ts'

export type Answers = SurveyAnswerBody['answers']
export interface SavedSurvey {
  survey: string | number
  answers: Answers
  pending: boolean
  done?: string
  refusal?: string
}

const PREFIX = 'sotay-survey:'
const keyOf = (member: string | number, survey: string | number) => `${PREFIX}${member}:${survey}`

export function loadSurvey(member: string | number, survey: string | number): SavedSurvey {
  try {
    const raw = localStorage.getItem(keyOf(member, survey))
    if (raw) return JSON.parse(raw) as SavedSurvey
  } catch {}
  return { survey, answers: {}, pending: false }
}

export function saveSurvey(member: string | number, saved: SavedSurvey): void {
  localStorage.setItem(keyOf(member, saved.survey), JSON.stringify(saved))
}

export async function sendSurvey(member: string | number, saved: SavedSurvey): Promise<SavedSurvey> {
  const result = await fn<{ message: string }>(`/surveys/${saved.survey}/answer`, { answers: saved.answers })
  if (!result.ok && result.status === 0) return saved
  const settled: SavedSurvey = result.ok
    ? { ...saved, pending: false, done: result.data.message, refusal: undefined }
    : { ...saved, pending: false, refusal: result.message }
  saveSurvey(member, settled)
  return settled
}

/** Every waiting answer of this member, sent now (on load and when the network returns). */
export async function sendWaitingSurveys(member: string | number): Promise<number> {
  let sent = 0
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (!key?.startsWith(`${PREFIX}${member}:`)) continue
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as SavedSurvey | null
    if (saved?.pending && !(await sendSurvey(member, saved)).pending) sent++
  }
  return sent
}
