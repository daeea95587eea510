import { describe, expect, it } from 'vitest'
import { viDate, viDateTime, viTimeDay, viYear } from './dates.ts'

describe('dates in Vietnam time', () => {
  it('writes dd/mm/yyyy in Asia/Ho_Chi_Minh, not in the machine zone', () => {
    // 17:30 UTC on 31/12 is already 00:30 on 01/01 in Vietnam.
    expect(viDate('2025-12-31T17:30:00Z')).toBe('01/01/2026')
    expect(viDateTime('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30')
    expect(viTimeDay('2026-03-05T07:05:00Z')).toBe('14:05 05/03')
    expect(viYear('2025-12-31T17:30:00Z')).toBe(2026)
  })

  it('gives nothing for a missing or unreadable date', () => {
    for (const value of [null, undefined, '', 'không phải ngày']) {
      expect(viDate(value)).toBe('')
      expect(viDateTime(value)).toBe('')
    }
  })
})
