import { describe, expect, it } from 'vitest'
import { ACTIVATION_ALPHABET, generateActivationCode } from './activationCode.ts'

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
