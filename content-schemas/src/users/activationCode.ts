/** One-time activation codes (mã kích hoạt) for members' first sign-in. */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** No 0/O, 1/I/L: codes are read off paper and typed on phones. */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export const ACTIVATION_CODE_LENGTH = 8

/** Crypto-random; bytes at or above the largest multiple of the alphabet size are redrawn, so no symbol is favoured. */
export function generateActivationCode(): string {
  const n = ACTIVATION_ALPHABET.length
  const limit = 256 - (256 % n)
  let code = ''
  while (code.length < ACTIVATION_CODE_LENGTH) {
    for (const b of crypto.getRandomValues(new Uint8Array(ACTIVATION_CODE_LENGTH))) {
      if (b < limit && code.length < ACTIVATION_CODE_LENGTH) code += ACTIVATION_ALPHABET[b % n]
    }
  }
  return code
}

/**
 * Codes are stored sealed, never as typed: `v1:<expires ms>:<HMAC-SHA256(secret, expires:code)>`. Someone who
 * reads the table (a backup, an over-wide query) learns nothing usable without Payload's secret, and the
 * expiry is inside the MAC so it cannot be stretched by editing the row. The code space (31^8, about 2^40)
 * is too small for a plain hash, hence the key.
 */
const SEALED = /^v1:(\d{1,15}):([0-9a-f]{64})$/

/** Days a printed code stays usable; ACTIVATION_CODE_TTL_DAYS overrides the default 30. */
export function activationCodeTtlMs(): number {
  const days = Number(process.env.ACTIVATION_CODE_TTL_DAYS)
  return (Number.isFinite(days) && days > 0 ? days : 30) * 24 * 60 * 60 * 1000
}

const mac = (secret: string, expiresAt: number, code: string) =>
  createHmac('sha256', secret).update(`activation:${expiresAt}:${code.toUpperCase()}`).digest('hex')

export function sealActivationCode(secret: string, code: string, now = Date.now()): string {
  const expiresAt = now + activationCodeTtlMs()
  return `v1:${expiresAt}:${mac(secret, expiresAt, code)}`
}

export const isSealedActivationCode = (stored: unknown): stored is string =>
  typeof stored === 'string' && SEALED.test(stored)

/** A plain code as printed (what a trusted writer may hand to the users hook, which seals it). */
export const isPlainActivationCode = (value: unknown): value is string =>
  typeof value === 'string' && new RegExp(`^[${ACTIVATION_ALPHABET}]{${ACTIVATION_CODE_LENGTH}}$`).test(value)

/**
 * Whether `code` opens `stored` now. Constant time in the MAC; an absent or malformed stored value is compared
 * against a dummy so that every path does the same work.
 */
export function activationCodeOpens(
  secret: string,
  stored: unknown,
  code: string,
  now = Date.now(),
): boolean {
  const match = typeof stored === 'string' ? SEALED.exec(stored) : null
  const expiresAt = match ? Number(match[1]) : 0
  const expected = Buffer.from(match ? match[2] : '0'.repeat(64), 'hex')
  const given = Buffer.from(mac(secret, expiresAt, code), 'hex')
  return timingSafeEqual(expected, given) && match !== null && expiresAt > now
}
