import { describe, expect, it } from 'vitest'
import { drawQuestions, shuffled } from './draw.ts'
import { byRank, scoreAttempt } from './scoring.ts'
import { deadlineOf, inTime, SUBMIT_GRACE_MS, windowOpen } from './timing.ts'

const seq = (...values: number[]) => {
  let i = 0
  return () => values[i++ % values.length] as number
}

describe('draw', () => {
  it('draws `count` distinct questions of the bank, options in order for a quiz', () => {
    const drawn = drawQuestions([4, 3, 2, 4, 4], { count: 3, shuffleOptions: false })
    expect(drawn).toHaveLength(3)
    expect(new Set(drawn.map((d) => d.q)).size).toBe(3)
    for (const d of drawn) expect(d.options).toEqual([...Array(d.options.length).keys()])
  })
  it('shuffles the options of a contest, keeping every one', () => {
    const drawn = drawQuestions([4], { count: 0, shuffleOptions: true, random: seq(0.1, 0.9, 0.2) })
    expect(drawn[0]?.options).not.toEqual([0, 1, 2, 3])
    expect([...(drawn[0]?.options ?? [])].sort()).toEqual([0, 1, 2, 3])
  })
  it('keeps every item when shuffling', () => {
    expect(shuffled([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe('scoring', () => {
  const bank = [{ correct: [1] }, { correct: [0, 2] }, { correct: [3] }]
  const drawn = [
    { q: 1, options: [2, 0, 1] },
    { q: 0, options: [0, 1] },
  ]
  it('counts a multiple-answer question only when every correct option and no other is chosen', () => {
    expect(scoreAttempt(bank, drawn, { 0: [0, 2], 1: [1] }, 50)).toMatchObject({ correct: 2, percent: 100 })
    expect(scoreAttempt(bank, drawn, { 0: [0], 1: [1] }, 60)).toMatchObject({ correct: 1, passed: false })
    expect(scoreAttempt(bank, drawn, { 0: [0, 1, 2], 1: [1] }, 50).right).toEqual([false, true])
  })
  it('ignores answers to questions not drawn', () => {
    expect(scoreAttempt(bank, drawn, { 5: [3], 2: [3] }, 50).correct).toBe(0)
  })
  it('ranks by correct answers, then by time', () => {
    const entries = [
      { correct: 3, durationMs: 90_000, submittedAt: 'b' },
      { correct: 4, durationMs: 120_000, submittedAt: 'c' },
      { correct: 3, durationMs: 60_000, submittedAt: 'a' },
    ]
    expect(entries.sort(byRank).map((e) => e.durationMs)).toEqual([120_000, 60_000, 90_000])
  })
})

describe('timing', () => {
  const start = Date.UTC(2026, 11, 6, 8)
  it('ends at the limit or the contest close, whichever is first', () => {
    expect(deadlineOf({ startedAt: start, timeLimitMinutes: 10 })).toBe(start + 600_000)
    expect(deadlineOf({ startedAt: start, timeLimitMinutes: 10, closesAt: start + 60_000 })).toBe(
      start + 60_000,
    )
    expect(deadlineOf({ startedAt: start, timeLimitMinutes: 0 })).toBeNull()
  })
  it('accepts within the grace and refuses beyond it', () => {
    const w = { startedAt: start, timeLimitMinutes: 10 }
    expect(inTime(w, start + 600_000 + SUBMIT_GRACE_MS)).toBe(true)
    expect(inTime(w, start + 600_001 + SUBMIT_GRACE_MS)).toBe(false)
  })
  it('opens a contest at its start and closes it at its end', () => {
    expect(windowOpen(10, 10, 20)).toBe(true)
    expect(windowOpen(9, 10, 20)).toBe(false)
    expect(windowOpen(20, 10, 20)).toBe(false)
  })
})
