import { describe, expect, it } from 'vitest'
import { effectiveTaskStatus, percentProblem, statusForPercent } from './status.ts'

describe('task status', () => {
  const now = new Date('2027-03-26T00:00:00Z')
  it('is quá hạn when past due and not done', () => {
    expect(effectiveTaskStatus({ status: 'dang-lam', dueAt: '2027-03-25T10:00:00Z' }, now)).toBe('qua-han')
    expect(effectiveTaskStatus({ status: 'hoan-thanh', dueAt: '2027-03-25T10:00:00Z' }, now)).toBe(
      'hoan-thanh',
    )
    expect(effectiveTaskStatus({ status: 'da-huy', dueAt: '2027-03-25T10:00:00Z' }, now)).toBe('da-huy')
    expect(effectiveTaskStatus({ status: 'chua-bat-dau', dueAt: '2027-03-27T10:00:00Z' }, now)).toBe(
      'chua-bat-dau',
    )
  })
  it('follows the reported percentage', () => {
    expect(statusForPercent(0)).toBe('chua-bat-dau')
    expect(statusForPercent(50)).toBe('dang-lam')
    expect(statusForPercent(100)).toBe('hoan-thanh')
  })
  it('refuses a percentage outside 0–100 in Vietnamese', () => {
    expect(percentProblem(101)).toMatch(/từ 0 đến 100/)
    expect(percentProblem(-1)).toMatch(/từ 0 đến 100/)
    expect(percentProblem(12.5)).toMatch(/từ 0 đến 100/)
    expect(percentProblem(100)).toBeNull()
  })
})
