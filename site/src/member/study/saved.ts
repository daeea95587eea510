/**
 * An attempt kept on the phone (localStorage, per member): the questions as downloaded at the start, each
 * answer as it is given, and a submit waiting for the network. Nothing here is the answer key: the phone
 * never had it.
 */
import type { QuizResult, QuizStart } from '@sotay/functions/types'
import { fn } from '../api.ts'

export interface SavedAttempt {
  start: QuizStart
  answers: Record<string, number[]>
  leftPageCount: number
  /** Submitted on the phone, not yet received by the server. */
  pending: boolean
  result?: QuizResult
  refusal?: string
}

const PREFIX = 'sotay-quiz:'
const keyOf = (member: string | number, quiz: string | number) => `${PREFIX}${member}:${quiz}`

export function loadAttempt(member: string | number, quiz: string | number): SavedAttempt | null {
  try {
    const raw = localStorage.getItem(keyOf(member, quiz))
    return raw ? (JSON.parse(raw) as SavedAttempt) : null
  } catch {
    return null
  }
}

export function saveAttempt(member: string | number, saved: SavedAttempt): void {
  localStorage.setItem(keyOf(member, saved.start.quiz.id), JSON.stringify(saved))
}

export function dropAttempt(member: string | number, quiz: string | number): void {
  localStorage.removeItem(keyOf(member, quiz))
}

/**
 * Sends a waiting submit. A network failure keeps it waiting (sent again when the network returns); the
 * server's answer, a result or a refusal, settles it. A retry of the same attempt gets the same result.
 */
export async function sendAttempt(member: string | number, saved: SavedAttempt): Promise<SavedAttempt> {
  const { quiz, attempt } = saved.start
  const result = await fn<QuizResult>(`/study/quizzes/${quiz.id}/submit`, {
    attemptId: attempt.id,
    token: attempt.token,
    answers: saved.answers,
    leftPageCount: saved.leftPageCount,
  })
  if (!result.ok && result.status === 0) return saved
  const settled: SavedAttempt = result.ok
    ? { ...saved, pending: false, result: result.data, refusal: undefined }
    : { ...saved, pending: false, refusal: result.message }
  saveAttempt(member, settled)
  return settled
}

/** Every waiting submit of this member, sent now (the page calls it on load and when the network returns). */
export async function sendWaiting(member: string | number): Promise<number> {
  let sent = 0
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)
    if (!key?.startsWith(`${PREFIX}${member}:`)) continue
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as SavedAttempt | null
    if (saved?.pending && !(await sendAttempt(member, saved)).pending) sent++
  }
  return sent
}
