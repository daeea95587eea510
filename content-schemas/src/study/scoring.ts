/**
 * Scoring on the server: a question counts when the member chose exactly its correct options (all of them
 * for a multiple-answer question, none wrong). Answers are option indexes into the bank, never texts.
 */
import type { DrawnQuestion } from './draw.ts'

export interface BankQuestion {
  /** Indexes of the correct options in the bank's order. */
  correct: number[]
}

export interface Score {
  correct: number
  total: number
  /** 0–100, rounded down to a whole percent. */
  percent: number
  passed: boolean
  /** Per drawn question, in the attempt's order: whether it was right. */
  right: boolean[]
}

/** Answers are keyed by the drawn question's position; anything not drawn or out of range is ignored. */
export type Answers = Record<string, number[]>

export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((x) => right.has(x))
}

export function scoreAttempt(
  bank: readonly BankQuestion[],
  drawn: readonly DrawnQuestion[],
  answers: Answers,
  passPercent: number,
): Score {
  const right = drawn.map((d, position) => {
    const chosen = (answers[String(position)] ?? []).filter((o) => d.options.includes(o))
    const correct = bank[d.q]?.correct ?? []
    return correct.length > 0 && sameSet(chosen, correct)
  })
  const correct = right.filter(Boolean).length
  const total = drawn.length
  const percent = total ? Math.floor((correct * 100) / total) : 0
  return { correct, total, percent, passed: percent >= passPercent, right }
}

/** The contest ranking: more correct first, then the shorter time, then who submitted first. */
export interface RankedEntry {
  correct: number
  durationMs: number
  submittedAt: string
}

export function byRank(a: RankedEntry, b: RankedEntry): number {
  return b.correct - a.correct || a.durationMs - b.durationMs || a.submittedAt.localeCompare(b.submittedAt)
}
