import { describe, expect, it } from 'vitest'
import { foldLine, icalText, writeIcal } from './ical.ts'

describe('iCal writer', () => {
  it('folds at 75 octets without splitting a Vietnamese character', () => {
    const line = `SUMMARY:${'Rà soát danh sách đảng viên miễn sinh hoạt '.repeat(4)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).toBe(line)
  })
  it('escapes text and ends every line with CRLF', () => {
    expect(icalText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const ics = writeIcal({
      name: 'Lịch',
      now: new Date('2027-01-01T00:00:00Z'),
      events: [{ uid: 'task-1@x', start: new Date('2027-03-25T10:00:00Z'), summary: 'Hạn' }],
    })
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true)
    expect(ics).toContain('DTSTART:20270325T100000Z')
  })
})
