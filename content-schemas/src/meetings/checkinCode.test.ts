import { describe, expect, it } from 'vitest'
import {
  CHECKIN_SLOT_MS,
  checkinShortCode,
  checkinToken,
  hotpTruncate,
  parseCheckinToken,
  slotAt,
  slotExpiresAt,
  verifyCheckinCode,
  verifyCheckinToken,
  withinCheckinWindow,
} from './checkinCode.ts'

const SECRET = 'bi-mat-cua-cuoc-hop'
const MEETING = '42'
const NOW = Date.UTC(2027, 0, 5, 12, 0, 10)

describe('the rotating check-in code', () => {
  it('changes every 30 seconds and is 6 digits', () => {
    const slot = slotAt(NOW)
    expect(slotAt(NOW + CHECKIN_SLOT_MS)).toBe(slot + 1)
    const codes = new Set([0, 1, 2, 3, 4].map((i) => checkinShortCode(SECRET, MEETING, slot + i)))
    for (const code of codes) expect(code).toMatch(/^\d{6}$/)
    expect(codes.size).toBeGreaterThan(1)
    expect(checkinToken(SECRET, MEETING, slot)).not.toBe(checkinToken(SECRET, MEETING, slot + 1))
  })

  it('matches the HOTP truncation of RFC 4226 (its test vector: key "12345678901234567890", count 0)', async () => {
    // Our truncation over RFC 4226's HMAC-SHA1 gives its published codes; ours runs it over HMAC-SHA256.
    const { createHmac } = await import('node:crypto')
    const hotp = (count: number) => {
      const counter = Buffer.alloc(8)
      counter.writeUInt32BE(count, 4)
      return hotpTruncate(createHmac('sha1', '12345678901234567890').update(counter).digest())
    }
    expect([0, 1, 9].map(hotp)).toEqual(['755224', '287082', '520489'])
  })

  it('accepts the current and the previous slot, and calls an older one expired', () => {
    const slot = slotAt(NOW)
    const token = checkinToken(SECRET, MEETING, slot)
    expect(verifyCheckinToken(SECRET, MEETING, token, NOW)).toBe('ok')
    expect(verifyCheckinToken(SECRET, MEETING, token, NOW + CHECKIN_SLOT_MS)).toBe('ok')
    expect(verifyCheckinToken(SECRET, MEETING, token, NOW + 2 * CHECKIN_SLOT_MS)).toBe('expired')
    expect(slotExpiresAt(slot)).toBe((slot + 2) * CHECKIN_SLOT_MS)
    const code = checkinShortCode(SECRET, MEETING, slot)
    expect(verifyCheckinCode(SECRET, MEETING, code, NOW + CHECKIN_SLOT_MS)).toBe('ok')
    expect(verifyCheckinCode(SECRET, MEETING, ` ${code.slice(0, 3)} ${code.slice(3)} `, NOW)).toBe('ok')
    expect(verifyCheckinCode(SECRET, MEETING, code, NOW + 3 * CHECKIN_SLOT_MS)).toBe('expired')
  })

  it('refuses a forged signature, another meeting’s token, another secret and a future slot', () => {
    const slot = slotAt(NOW)
    const token = checkinToken(SECRET, MEETING, slot)
    const parsed = parseCheckinToken(token)!
    const flipped = `${MEETING}.${slot}.${parsed.signature.slice(0, -1)}${parsed.signature.endsWith('A') ? 'B' : 'A'}`
    expect(verifyCheckinToken(SECRET, MEETING, flipped, NOW)).toBe('forged')
    expect(verifyCheckinToken(SECRET, '43', token, NOW)).toBe('forged')
    expect(verifyCheckinToken('another-secret', MEETING, token, NOW)).toBe('forged')
    expect(verifyCheckinToken(SECRET, MEETING, checkinToken(SECRET, MEETING, slot + 5), NOW)).toBe('forged')
    expect(verifyCheckinToken(SECRET, MEETING, 'not a token', NOW)).toBe('forged')
    expect(
      verifyCheckinCode('another-secret', MEETING, checkinShortCode(SECRET, MEETING, slot), NOW),
    ).not.toBe('ok')
    expect(verifyCheckinCode(SECRET, MEETING, '12a456', NOW)).toBe('forged')
  })

  it('is open from 30 minutes before the start to 30 minutes after the end', () => {
    const starts = new Date(NOW + 60 * 60_000)
    const ends = new Date(NOW + 3 * 60 * 60_000)
    expect(withinCheckinWindow(starts, ends, NOW)).toBe(false)
    expect(withinCheckinWindow(starts, ends, NOW + 30 * 60_000)).toBe(true)
    expect(withinCheckinWindow(starts, ends, ends.getTime() + 30 * 60_000)).toBe(true)
    expect(withinCheckinWindow(starts, ends, ends.getTime() + 31 * 60_000)).toBe(false)
  })
})
