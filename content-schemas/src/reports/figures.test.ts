import { describe, expect, it } from 'vitest'
import { addCounters, emptyCounters, median, ratesOf } from './figures.ts'

describe('report figures', () => {
  it('adds children up and reads rates over the living members only', () => {
    const total = addCounters(addCounters(emptyCounters(), { members: 4, activated: 2 }), {
      members: 6,
      tuTran: 2,
      activated: 4,
      noticesReceived: 10,
      noticesRead: 5,
    })
    const rates = ratesOf(total)
    expect(rates.activation).toBe(6 / 8)
    expect(rates.noticeRead).toBe(0.5)
    expect(rates.attendance).toBeNull()
  })

  it('takes the middle of an odd and an even list', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
