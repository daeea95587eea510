/** Reading one cell of a member list: dates, gender, phone, email and card numbers as people really type them. */
import { searchKey } from '../text/fold.ts'

/** A cell read: `null` when empty, `undefined` when it holds something that cannot be understood. */
export type Read<T> = T | null | undefined

const DAY_MS = 86_400_000
/** Excel's day zero (serial 1 is 1900-01-01, counting Lotus's phantom 29/02/1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

const text = (value: unknown): string => String(value).normalize('NFC').trim()

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

function fromTime(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined
  // Spreadsheet dates carry float noise (23:59:59.999); round to the minute before taking the day.
  const date = new Date(Math.round(ms / 60_000) * 60_000)
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

const fromSerial = (serial: number): string | undefined =>
  serial >= 1 && serial < 100_000 ? fromTime(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS) : undefined

/**
 * A date as ISO `yyyy-mm-dd`. Accepts dd/mm/yyyy and d/m/yyyy (also with `.` or `-`), yyyy-mm-dd,
 * an Excel serial number and a Date (Excel date cells arrive as Dates at UTC midnight).
 */
export function readDate(value: unknown): Read<string> {
  if (isBlank(value)) return null
  if (value instanceof Date) return fromTime(value.getTime())
  // A bare year (1985) typed into a number cell is not a date, though it is a valid serial.
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1900 && value <= 2100 ? undefined : fromSerial(value)
  const s = text(value)
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s)
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s)
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s))
  return undefined
}

/** dd/mm/yyyy, the way dates are written back to the user. */
const GENDER_WORDS: Record<string, 'nam' | 'nu'> = {
  nam: 'nam',
  m: 'nam',
  male: 'nam',
  nu: 'nu',
  f: 'nu',
  female: 'nu',
}

/** Nam/Nữ in any case, with or without marks; M/F as some exports write them. */
export function readGender(value: unknown): Read<'nam' | 'nu'> {
  if (isBlank(value)) return null
  return GENDER_WORDS[searchKey(text(value))]
}

/**
 * A Vietnamese phone number as 0xxxxxxxxx: 10 digits starting with 0, or +84 followed by 9 digits.
 * Spaces, dots and dashes are ignored; a 9-digit number cell is one whose leading 0 Excel dropped.
 */
export function readPhone(value: unknown): Read<string> {
  if (isBlank(value)) return null
  const s = text(value).replace(/[\s.\-()]/g, '')
  if (/^0\d{9}$/.test(s)) return s
  const intl = /^(?:\+84|0084)(\d{9})$/.exec(s)
  if (intl) return `0${intl[1]}`
  if (typeof value === 'number' && /^[1-9]\d{8}$/.test(s)) return `0${s}`
  return undefined
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/** Emails are compared and stored lower-case, as logins compare them. */
export function readEmail(value: unknown): Read<string> {
  if (isBlank(value)) return null
  const s = text(value).toLowerCase()
  return EMAIL.test(s) && s.length <= 254 ? s : undefined
}

/** Party card numbers (số thẻ đảng viên): digits only; real cards have 8–12, older lists 6–7. */
export function readCardNumber(value: unknown): Read<string> {
  if (isBlank(value)) return null
  const s = typeof value === 'number' ? String(value) : text(value)
  return /^\d{6,12}$/.test(s) ? s : undefined
}

/** Names keep their marks (NFC) with runs of space collapsed. */
export function readName(value: unknown): Read<string> {
  if (isBlank(value)) return null
  const s = text(value).replace(/\s+/g, ' ')
  return s.length <= 120 ? s : undefined
}

/** Org codes compare case-insensitively: "cb-0412" and "CB-0412" are the same cell. */
export const orgCodeKey = (value: unknown): string => (isBlank(value) ? '' : text(value).toUpperCase())

/** What was typed, for quoting it back in a message. */
export function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '?' : value.toISOString().slice(0, 10)
  const s = text(value)
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
