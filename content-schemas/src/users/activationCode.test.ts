import { describe, expect, it } from 'vitest'
import {
  ACTIVATION_ALPHABET,
  activationCodeOpens,
  activationCodeTtlMs,
  generateActivationCode,
  isPlainActivationCode,
  isSealedActivationCode,
  sealActivationCode,
} from './activationCode.ts'

describe('generateActivationCode', () => {
  it('makes 8 symbols from the unambiguous alphabet, different each time', () => {
    const codes = Array.from({ length: 2000 }, generateActivationCode)
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
    expect(new Set(codes).size).toBe(codes.length)
    expect(ACTIVATION_ALPHABET).not.toMatch(/[01OIL]/)
    const used = new Set(codes.join(''))
    expect(used.size).toBe(ACTIVATION_ALPHABET.length)
  })
})

describe('sealed activation codes', () => {
  const secret = 'bí mật thử'
  const now = Date.UTC(2026, 11, 1)

  it('are stored as a keyed MAC with an expiry, never as the code', () => {
    const code = generateActivationCode()
    const sealed = sealActivationCode(secret, code, now)
    expect(sealed).toMatch(/^v1:\d+:[0-9a-f]{64}$/)
    expect(sealed).not.toContain(code)
    expect(isSealedActivationCode(sealed)).toBe(true)
    expect(isPlainActivationCode(sealed)).toBe(false)
    expect(isPlainActivationCode(code)).toBe(true)
    // The same code sealed twice at different times gives different rows.
    expect(sealActivationCode(secret, code, now + 1)).not.toBe(sealed)
  })

  it('open with the right code (any case) until they expire, 30 days by default', () => {
    const code = generateActivationCode()
    const sealed = sealActivationCode(secret, code, now)
    expect(activationCodeTtlMs()).toBe(30 * 24 * 60 * 60 * 1000)
    expect(activationCodeOpens(secret, sealed, code, now + 1000)).toBe(true)
    expect(activationCodeOpens(secret, sealed, code.toLowerCase(), now + 1000)).toBe(true)
    expect(activationCodeOpens(secret, sealed, code, now + activationCodeTtlMs() - 1)).toBe(true)
    expect(activationCodeOpens(secret, sealed, code, now + activationCodeTtlMs())).toBe(false)
  })

  it('refuse another code, another secret, an edited expiry, and anything not sealed', () => {
    const code = generateActivationCode()
    const sealed = sealActivationCode(secret, code, now)
    const other = code === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH'
    expect(activationCodeOpens(secret, sealed, other, now)).toBe(false)
    expect(activationCodeOpens('bí mật khác', sealed, code, now)).toBe(false)
    const stretched = sealed.replace(/^v1:\d+:/, `v1:${now + 10 * activationCodeTtlMs()}:`)
    expect(activationCodeOpens(secret, stretched, code, now)).toBe(false)
    for (const stored of [null, undefined, '', code, 'v1:1:abc', 42]) {
      expect(activationCodeOpens(secret, stored, code, now)).toBe(false)
    }
  })

  it('follow ACTIVATION_CODE_TTL_DAYS', () => {
    process.env.ACTIVATION_CODE_TTL_DAYS = '7'
    try {
      expect(activationCodeTtlMs()).toBe(7 * 24 * 60 * 60 * 1000)
      const code = generateActivationCode()
      const sealed = sealActivationCode(secret, code, now)
      expect(activationCodeOpens(secret, sealed, code, now + 8 * 24 * 60 * 60 * 1000)).toBe(false)
    } finally {
      delete process.env.ACTIVATION_CODE_TTL_DAYS
    }
  })
})
