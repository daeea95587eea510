/**
 * Turns written Vietnamese into what should be said (chuẩn hóa văn bản để đọc): abbreviations, numbers,
 * dates, times, document symbols and Roman numerals become words; links are dropped. Pure, so the site
 * bundles it for the browser's own voice and the CMS uses it before synthesis.
 */
import { DOCUMENT_KIND_CODES, ISSUER_CODES, WORD_ABBREVIATIONS } from './abbreviations.ts'
import { dayToWords, decimalToWords, digitsToWords, integerToWords, monthToWords } from './numbers.ts'
import { romanToNumber } from './roman.ts'

/** Not inside a word or number (Vietnamese letters count as letters). */
const B = String.raw`(?<![\p{L}\p{N}])`
const E = String.raw`(?![\p{L}\p{N}])`
const rx = (source: string) => new RegExp(source, 'gu')

const URL = rx(String.raw`(?:https?:\/\/|www\.)[^\s]*[^\s.,;:!?)\]"”']`)
const EMAIL = rx(String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

/** A code made of letters, starting upper case: NQ, QĐi, TTr, BTGTW. */
const CODE = String.raw`\p{Lu}[\p{L}]*`
const PREFIX = String.raw`(?:(\p{L}+(?:[ \t]+\p{L}+){0,2})[ \t]+(?:(số)[ \t]+)?)?`
/** "… 57-NQ/TW của Bộ Chính trị" already names the issuer; we then leave ours out. */
const OF = String.raw`(?=([ \t]+của)?)`
/** Party style 27-CT/TU, with an optional year in state style 12/2025/NĐ-CP, or 12/KH-ĐU. */
const PARTY_SYMBOL = rx(`${B}${PREFIX}(\\d+)-(${CODE})\\/(${CODE})${E}${OF}`)
const STATE_SYMBOL = rx(`${B}${PREFIX}(\\d+)\\/(?:(\\d{4})\\/)?(${CODE})-(${CODE})${E}${OF}`)
const BARE_SYMBOL = rx(`${B}(${CODE})\\/(${CODE})${E}`)

const DATE = rx(String.raw`${B}(?:([Nn]gày)[ \t]+)?(\d{1,2})[/-](\d{1,2})[/-](\d{4})${E}`)
const DAY_MONTH = rx(String.raw`${B}([Nn]gày)[ \t]+(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}/])`)
const MONTH_YEAR = rx(String.raw`${B}([Tt]háng)[ \t]+(\d{1,2})[/-](\d{4})${E}`)
const DAY_ALONE = rx(String.raw`${B}([Nn]gày)[ \t]+(\d{1,2})(?![\p{L}\p{N}/,.%])`)
const MONTH_ALONE = rx(String.raw`${B}([Tt]háng)[ \t]+(\d{1,2})(?![\p{L}\p{N}/,.%])`)
const TIME_H = rx(String.raw`${B}(\d{1,2})[ \t]?h(?:[ \t]?(\d{2})(?:'|p|ph)?)?${E}`)
const TIME_COLON = rx(String.raw`${B}(\d{1,2}):(\d{2})${E}`)

const ROMAN = '[IVXL]+'
const ROMAN_AFTER = rx(
  `${B}(Đại hội|đại hội|[Kk]hóa|[Kk]hoá|lần thứ|Lần thứ|[Cc]hương|[Pp]hần|[Mm]ục|[Tt]hế kỷ|kỳ họp thứ|Kỳ họp thứ|Hội nghị Trung ương|Hội nghị lần thứ)[ \\t]+(${ROMAN})${E}`,
)
const ROMAN_ALONE = rx(`${B}([IVXL]{2,})${E}`)
const ORDINAL = rx(String.raw`${B}([Tt]hứ)[ \t]+(1|4|I|IV)${E}`)

const PERCENT = rx(String.raw`${B}(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?[ \t]?%`)
const RANGE = rx(String.raw`${B}(\d+)[ \t]?[-–][ \t]?(\d+)${E}`)
const NUMBER = rx(String.raw`${B}(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+)|\.(\d{1,2})(?![\d.]))?(?![\p{N}])`)

const abbreviationKeys = Object.keys(WORD_ABBREVIATIONS).sort((a, b) => b.length - a.length)
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const ABBREVIATION = rx(`${B}(${abbreviationKeys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`)

/** A number as written: thousands with dots, a decimal comma. */
function numberWords(whole: string, fraction?: string, dotted?: string): string {
  const digits = whole.replace(/\./g, '')
  if (fraction) return decimalToWords(digits, fraction)
  if (dotted) return `${integerToWords(digits)} chấm ${integerToWords(dotted)}`
  return integerToWords(digits)
}

const year = (y: string) => integerToWords(y)

interface SymbolParts {
  prefix?: string
  said?: string
  n: string
  year?: string
  kind: string
  issuer: string
  issuerFollows?: string
}

/**
 * Reads a document symbol as "Chỉ thị số hai mươi bảy của Tỉnh ủy", not repeating the kind when the sentence
 * already said it ("Nghị quyết số 57-NQ/TW") nor the issuer when "của …" follows.
 */
function symbolReading({
  prefix: written,
  said: saidSo,
  n,
  year: y,
  kind: kindCode,
  issuer: issuerCode,
  issuerFollows,
}: SymbolParts) {
  const kind = DOCUMENT_KIND_CODES[kindCode]
  if (!kind) return undefined
  // The optional words before may have swallowed "số" itself.
  const endsWithSo = written !== undefined && /(^|\s)[Ss]ố$/u.test(written)
  const prefix = endsWithSo ? written.replace(/\s*[Ss]ố$/u, '') || undefined : written
  const said = saidSo ?? (endsWithSo ? 'số' : undefined)
  const issuer = ISSUER_CODES[issuerCode] ?? WORD_ABBREVIATIONS[issuerCode] ?? issuerCode
  const number = `${integerToWords(String(Number(n)))}${y ? ` năm ${year(y)}` : ''}`
  const of = issuerFollows ? '' : ` của ${issuer}`
  if (!prefix) return `${kind} số ${number}${of}`
  if (prefix.toLowerCase().endsWith(kind.toLowerCase())) return `${prefix} số ${number}${of}`
  if (said) return `${prefix} số ${number}, ${kind}${of}`
  return `${prefix} ${kind} số ${number}${of}`
}

function timeWords(hour: string, minute?: string): string | undefined {
  const h = Number(hour)
  const m = minute === undefined ? 0 : Number(minute)
  if (h > 24 || m > 59) return undefined
  return m === 0
    ? `${integerToWords(String(h))} giờ`
    : `${integerToWords(String(h))} giờ ${integerToWords(String(m))} phút`
}

const validDate = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12

/** The whole pipeline; order matters (symbols before dates before plain numbers). */
export function normalizeForSpeech(input: string): string {
  let text = input.normalize('NFC').replace(URL, ' ').replace(EMAIL, ' ')

  text = text.replace(
    PARTY_SYMBOL,
    (all, prefix, said, n, kind, issuer, issuerFollows) =>
      symbolReading({ prefix, said, n, kind, issuer, issuerFollows }) ?? all,
  )
  text = text.replace(
    STATE_SYMBOL,
    (all, prefix, said, n, year, kind, issuer, issuerFollows) =>
      symbolReading({ prefix, said, n, year, kind, issuer, issuerFollows }) ?? all,
  )

  text = text.replace(DATE, (all, word: string | undefined, d, m, y) =>
    validDate(Number(d), Number(m))
      ? `${word ?? 'ngày'} ${dayToWords(Number(d))} tháng ${monthToWords(Number(m))} năm ${year(y)}`
      : all,
  )
  text = text.replace(DAY_MONTH, (all, word, d, m) =>
    validDate(Number(d), Number(m))
      ? `${word} ${dayToWords(Number(d))} tháng ${monthToWords(Number(m))}`
      : all,
  )
  text = text.replace(MONTH_YEAR, (all, word, m, y) =>
    Number(m) >= 1 && Number(m) <= 12 ? `${word} ${monthToWords(Number(m))} năm ${year(y)}` : all,
  )
  text = text.replace(DAY_ALONE, (all, word, d) =>
    Number(d) >= 1 && Number(d) <= 31 ? `${word} ${dayToWords(Number(d))}` : all,
  )
  text = text.replace(MONTH_ALONE, (all, word, m) =>
    Number(m) >= 1 && Number(m) <= 12 ? `${word} ${monthToWords(Number(m))}` : all,
  )
  text = text.replace(TIME_H, (all, h, m) => timeWords(h, m) ?? all)
  text = text.replace(TIME_COLON, (all, h, m) => timeWords(h, m) ?? all)

  text = text.replace(ORDINAL, (_all, word, n) => `${word} ${n === '1' || n === 'I' ? 'nhất' : 'tư'}`)
  text = text.replace(ROMAN_AFTER, (all, word, roman) => {
    const value = romanToNumber(roman)
    return value === undefined ? all : `${word} ${integerToWords(String(value))}`
  })
  text = text.replace(ROMAN_ALONE, (all, roman) => {
    const value = romanToNumber(roman)
    return value === undefined ? all : integerToWords(String(value))
  })

  text = text.replace(BARE_SYMBOL, (all, kind, issuer) => {
    const kindWords = DOCUMENT_KIND_CODES[kind]
    const issuerWords = ISSUER_CODES[issuer]
    return kindWords && issuerWords ? `${kindWords} ${issuerWords}` : all
  })

  text = text.replace(ABBREVIATION, (key) => WORD_ABBREVIATIONS[key] ?? key)
  text = text.replace(PERCENT, (_all, whole, fraction) => `${numberWords(whole, fraction)} phần trăm`)
  text = text.replace(RANGE, (_all, a, b) => `${integerToWords(a)} đến ${integerToWords(b)}`)
  text = text.replace(NUMBER, (_all, whole, fraction, dotted) => numberWords(whole, fraction, dotted))

  return tidy(text)
}

/** Symbols a voice would read oddly or not at all, and spacing. */
function tidy(text: string): string {
  return text
    .replace(/&/g, ' và ')
    .replace(/[–—]/g, ', ')
    .replace(/(?<=\p{L})\/(?=\p{L})/gu, ' ')
    .replace(/[*#_~|•►▪◦<>[\]{}^`\\]/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

export { digitsToWords, integerToWords }
