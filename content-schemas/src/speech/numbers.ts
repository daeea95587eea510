/** Numbers read aloud in Vietnamese words (đọc số): 21 → "hai mươi mốt", 105 → "một trăm linh năm". */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
/** Scales every three digits; past "tỷ" Vietnamese repeats it (nghìn tỷ, triệu tỷ). */
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ', 'tỷ tỷ']

/** Reads 0–99 as the tail of a group; `full` is false when a hundreds word comes before it. */
function tensAndUnits(n: number, afterHundreds: boolean): string[] {
  const tens = Math.floor(n / 10)
  const units = n % 10
  if (tens === 0) {
    if (units === 0) return []
    return afterHundreds ? ['linh', DIGITS[units] as string] : [DIGITS[units] as string]
  }
  const words = tens === 1 ? ['mười'] : [DIGITS[tens] as string, 'mươi']
  if (units === 0) return words
  // 15 "mười lăm", 21 "hai mươi mốt", 24 "hai mươi tư": the sound changes after mươi/mười.
  if (units === 5) return [...words, 'lăm']
  if (units === 1 && tens > 1) return [...words, 'mốt']
  if (units === 4 && tens > 1) return [...words, 'tư']
  return [...words, DIGITS[units] as string]
}

/** One group of three digits; `inner` groups (after a higher one) say "không trăm" when needed. */
function group(n: number, inner: boolean): string[] {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds === 0 && !inner) return tensAndUnits(rest, false)
  const words = [DIGITS[hundreds] as string, 'trăm']
  return rest === 0 ? words : [...words, ...tensAndUnits(rest, true)]
}

/** Reads a non-negative integer given as digits; too long or zero-led runs (phone numbers) go digit by digit. */
export function integerToWords(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`Không phải số nguyên: ${digits}`)
  if ((digits.length > 1 && digits.startsWith('0')) || digits.length > 21) return digitsToWords(digits)
  const groups: number[] = []
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)))
  if (groups.every((g) => g === 0)) return DIGITS[0] as string
  const words: string[] = []
  groups.forEach((value, index) => {
    if (value === 0) return
    const scale = SCALES[groups.length - 1 - index] as string
    words.push(...group(value, words.length > 0))
    if (scale) words.push(scale)
  })
  return words.join(' ')
}

/** Digit by digit: "0912" → "không chín một hai". */
export function digitsToWords(digits: string): string {
  return [...digits].map((d) => DIGITS[Number(d)]).join(' ')
}

/** A decimal with a comma (Vietnamese style): "3,5" → "ba phẩy năm", "0,05" → "không phẩy không năm". */
export function decimalToWords(whole: string, fraction: string): string {
  const after =
    fraction.startsWith('0') || fraction.length > 3 ? digitsToWords(fraction) : integerToWords(fraction)
  return `${integerToWords(whole)} phẩy ${after}`
}

/** Day of month: 1–10 take "mùng" (ngày mùng ba), the rest are plain numbers. */
export function dayToWords(day: number): string {
  const words = integerToWords(String(day))
  return day <= 10 ? `mùng ${words}` : words
}

/** Month names: tháng một … tháng mười hai, with "tư" for April as it is said. */
export function monthToWords(month: number): string {
  return month === 4 ? 'tư' : integerToWords(String(month))
}
