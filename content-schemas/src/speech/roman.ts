/** Roman numerals as used for congresses and terms (Đại hội XIV, khóa XV), up to 89. */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 }
const VALID = /^L?X{0,3}(IX|IV|V?I{0,3})$/

/** The value of a well-formed numeral (XIV → 14); undefined for anything else (XIIII, IL, LL). */
export function romanToNumber(roman: string): number | undefined {
  if (!roman || !VALID.test(roman)) return undefined
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = VALUES[roman[i] as string] as number
    const next = VALUES[roman[i + 1] as string] ?? 0
    total += value < next ? -value : value
  }
  return total
}
