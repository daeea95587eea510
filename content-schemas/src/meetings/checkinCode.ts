/**
 * The rotating check-in code (điểm danh): an HMAC-SHA256, keyed by the meeting's server-only secret, over the
 * meeting id and the 30-second slot. The QR code carries `<meetingId>.<slot>.<signature>`; the 6-digit short
 * code is the same HMAC cut down HOTP-style (RFC 4226 dynamic truncation). Both are good for the slot shown
 * and the one before, so a code read a moment before it changes still works. Server-only (node:crypto): the
 * browser only carries the token back.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const CHECKIN_SLOT_MS = 30_000
/** Check-in opens this long before the meeting starts and closes this long after it ends. */
export const CHECKIN_WINDOW_MARGIN_MS = 30 * 60_000
/** Slots of slack after the one shown: the previous slot's code is still accepted. */
const ACCEPTED_PREVIOUS_SLOTS = 1
/** How far back a typed code is recognised as merely expired (to say so), never accepted. */
const RECOGNISED_OLD_SLOTS = 20

export const slotAt = (nowMs: number): number => Math.floor(nowMs / CHECKIN_SLOT_MS)

function digest(secret: string, meetingId: string, slot: number): Buffer {
  return createHmac('sha256', secret).update(`sotay-checkin:${meetingId}:${slot}`).digest()
}

/** The QR token's signature for a slot (base64url, 22 chars = 128 bits of the HMAC). */
export function checkinSignature(secret: string, meetingId: string, slot: number): string {
  return digest(secret, meetingId, slot).subarray(0, 16).toString('base64url')
}

/** The 6-digit short code for a slot, HOTP dynamic truncation of the same HMAC. */
export function checkinShortCode(secret: string, meetingId: string, slot: number): string {
  return hotpTruncate(digest(secret, meetingId, slot))
}

/** RFC 4226 §5.3: 31 bits at the offset the last nibble names, as 6 decimal digits. */
export function hotpTruncate(mac: Uint8Array): string {
  const offset = mac[mac.length - 1] & 0x0f
  const binary =
    ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3]
  return String(binary % 1_000_000).padStart(6, '0')
}

export function checkinToken(secret: string, meetingId: string, slot: number): string {
  return `${meetingId}.${slot}.${checkinSignature(secret, meetingId, slot)}`
}

export interface ParsedToken {
  meetingId: string
  slot: number
  signature: string
}

/** `<meetingId>.<slot>.<signature>`, or null when it has not that shape. */
export function parseCheckinToken(token: string): ParsedToken | null {
  const match = /^([A-Za-z0-9-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{16,64})$/.exec(token.trim())
  if (!match) return null
  return { meetingId: match[1], slot: Number(match[2]), signature: match[3] }
}

export type CodeVerdict = 'ok' | 'expired' | 'forged'

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** A scanned token: signed by this meeting's secret, for the current or the previous slot. */
export function verifyCheckinToken(
  secret: string,
  meetingId: string,
  token: string,
  nowMs: number,
): CodeVerdict {
  const parsed = parseCheckinToken(token)
  if (!parsed || parsed.meetingId !== meetingId) return 'forged'
  if (!sameText(parsed.signature, checkinSignature(secret, meetingId, parsed.slot))) return 'forged'
  const current = slotAt(nowMs)
  if (parsed.slot > current) return 'forged'
  return current - parsed.slot <= ACCEPTED_PREVIOUS_SLOTS ? 'ok' : 'expired'
}

/** A typed 6-digit code: the current or the previous slot's; an older one is named expired, anything else wrong. */
export function verifyCheckinCode(
  secret: string,
  meetingId: string,
  code: string,
  nowMs: number,
): CodeVerdict {
  const typed = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(typed)) return 'forged'
  const current = slotAt(nowMs)
  for (let back = 0; back <= RECOGNISED_OLD_SLOTS; back++) {
    if (sameText(typed, checkinShortCode(secret, meetingId, current - back)))
      return back <= ACCEPTED_PREVIOUS_SLOTS ? 'ok' : 'expired'
  }
  return 'forged'
}

/** The check-in window: from the margin before the start to the margin after the end. */
export function withinCheckinWindow(startsAt: string | Date, endsAt: string | Date, nowMs: number): boolean {
  const opens = new Date(startsAt).getTime() - CHECKIN_WINDOW_MARGIN_MS
  const closes = new Date(endsAt).getTime() + CHECKIN_WINDOW_MARGIN_MS
  return nowMs >= opens && nowMs <= closes
}

/** When the code of `slot` stops being accepted (the end of the slot after it). */
export const slotExpiresAt = (slot: number): number => (slot + 1 + ACCEPTED_PREVIOUS_SLOTS) * CHECKIN_SLOT_MS
/** When the next code is shown. */
export const nextSlotAt = (slot: number): number => (slot + 1) * CHECKIN_SLOT_MS
