import { describe, expect, it } from 'vitest'
import { meetingMonth, postedOnTime, postingDeadline } from './deadline.ts'

describe('the 20th rule', () => {
  it('reads the month in Vietnam time', () => {
    // 31/12/2026 18:00 UTC is 01/01/2027 01:00 in Hà Nội.
    expect(meetingMonth('2026-12-31T18:00:00Z')).toBe('2027-01')
    expect(meetingMonth('2027-01-15T01:00:00Z')).toBe('2027-01')
  })

  it('puts the deadline at the end of the 20th of the month before, across a year', () => {
    expect(postingDeadline('2027-01').toISOString()).toBe('2026-12-20T16:59:59.999Z')
    expect(postingDeadline('2026-07').toISOString()).toBe('2026-06-20T16:59:59.999Z')
  })

  it('counts a posting on the 20th in Vietnam as on time and one on the 21st as late', () => {
    const meeting = '2027-01-05T01:00:00Z'
    expect(postedOnTime('2026-12-20T16:30:00Z', meeting)).toBe(true)
    expect(postedOnTime('2026-12-20T17:00:00Z', meeting)).toBe(false)
  })
})
