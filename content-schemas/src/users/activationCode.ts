/** One-time activation codes (mã kích hoạt) for members' first sign-in. */

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
