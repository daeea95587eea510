import { describe, expect, it } from 'vitest'
import { attendanceRate, countPresence, presenceOf, viRate } from './presence.ts'

describe('presence at a meeting', () => {
  it('counts a check-in by any method as present, online apart', () => {
    expect(presenceOf({ checkedInAt: '2027-01-05T01:00:00Z', checkinMethod: 'manual' }, true)).toBe('onsite')
    expect(
      presenceOf({ checkedInAt: '2027-01-05T01:00:00Z', checkinMethod: 'online', exempt: true }, true),
    ).toBe('online')
  })

  it('never counts the exempt absent, and needs a reason to excuse', () => {
    expect(presenceOf({ exempt: true }, true)).toBe('exempt')
    expect(presenceOf({ reply: 'absent', reason: 'Đi công tác' }, true)).toBe('excused')
    expect(presenceOf({ reply: 'present' }, true)).toBe('unexcused')
    expect(presenceOf({ reply: 'present' }, false)).toBe('coming')
    expect(presenceOf({}, false)).toBe('noReply')
  })

  it('rates present over those expected', () => {
    const c = countPresence(
      [{ checkedInAt: 'x' }, { exempt: true }, { reply: 'absent', reason: 'Ốm' }, {}],
      true,
    )
    expect(c).toMatchObject({ invited: 4, present: 1, exempt: 1, excused: 1, unexcused: 1, expected: 3 })
    expect(viRate(attendanceRate(c))).toBe('33%')
  })
})
