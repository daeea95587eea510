import { describe, expect, it } from 'vitest'
import { addMonths, monthRange, nextMonth, vietnamDayOfMonth, vietnamDayStart, viMonth } from './calendar.ts'

describe('Vietnam-time calendar for meetings', () => {
  it('reads the day of the month in Hà Nội, not UTC', () => {
    // 14/12 18:00 UTC is already the 15th in Hà Nội.
    expect(vietnamDayOfMonth(new Date('2026-12-14T18:00:00Z'))).toBe(15)
    expect(vietnamDayStart(new Date('2026-12-14T18:00:00Z')).toISOString()).toBe('2026-12-14T17:00:00.000Z')
  })

  it('steps months across a year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2027-01', -12)).toBe('2026-01')
    expect(nextMonth(new Date('2026-12-31T18:00:00Z'))).toBe('2027-02')
    expect(viMonth('2027-01')).toBe('01/2027')
    expect(monthRange('2027-01').start.toISOString()).toBe('2026-12-31T17:00:00.000Z')
  })
})
