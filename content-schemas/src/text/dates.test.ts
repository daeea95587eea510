import { describe, expect, it } from 'vitest'
import {
  VIETNAM_TIME_ZONE,
  viDate,
  viDateTime,
  vietnamDayKey,
  viTime,
  viTimeDay,
  viWeekday,
  viYear,
} from './dates.ts'

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

  it('writes every date as the zone database does, before and after Vietnam kept UTC+7 (1975)', () => {
    const zone = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: VIETNAM_TIME_ZONE, hourCycle: 'h23', ...options })
    const dayTime = zone({
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    const weekday = zone({ weekday: 'long' })
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
    const viNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
    // Every 3 days, 7 hours and 26 minutes from 1970 to 2040, and the edges of the 1975 change.
    const times = [Date.UTC(1975, 5, 12, 15, 59), Date.UTC(1975, 5, 12, 16, 0), Date.UTC(1975, 5, 12, 16, 1)]
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2040, 0, 1); t += 286_000_000) times.push(t)
    for (const t of times) {
      const parts = Object.fromEntries(dayTime.formatToParts(t).map((p) => [p.type, p.value]))
      const date = new Date(t)
      expect(viDateTime(date)).toBe(`${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`)
      expect(vietnamDayKey(date)).toBe(`${parts.year}-${parts.month}-${parts.day}`)
      expect(viTime(date)).toBe(`${parts.hour}:${parts.minute}`)
      expect(viWeekday(date)).toBe(viNames[names.indexOf(weekday.format(t))])
    }
  })
})
