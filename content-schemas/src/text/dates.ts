/**
 * The one way the handbook writes dates: dd/mm/yyyy (and HH:mm), in Vietnam time whatever the zone of the
 * server, the build machine or the phone. Empty for a missing or unreadable value, so a page never shows "Invalid Date".
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** The same two forms as date-fns patterns, for Payload's admin (`admin.dateFormat`, a date field's `displayFormat`). */
export const DATE_PATTERN = 'dd/MM/yyyy'
export const DATE_TIME_PATTERN = 'dd/MM/yyyy HH:mm'

const fields = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

type DateInput = string | number | Date | null | undefined

/**
 * Vietnam has kept UTC+7 since 13 June 1975 (IANA's Asia/Ho_Chi_Minh): from then on the parts are plain arithmetic,
 * which costs a fraction of `formatToParts` (most of an agenda's CPU); earlier dates go through the zone database.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 13)
const VIETNAM_OFFSET_MS = 7 * 3_600_000
const two = (n: number) => (n < 10 ? `0${n}` : String(n))

function vietnamParts(value: DateInput): Record<string, string> | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  const time = date.getTime()
  if (Number.isNaN(time)) return null
  if (time < FIXED_OFFSET_SINCE)
    return Object.fromEntries(fields.formatToParts(date).map((part) => [part.type, part.value]))
  const local = new Date(time + VIETNAM_OFFSET_MS)
  return {
    day: two(local.getUTCDate()),
    month: two(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
  }
}

/** "05/03/2026". */
export function viDate(value: DateInput): string {
  const p = vietnamParts(value)
  return p ? `${p.day}/${p.month}/${p.year}` : ''
}

/** "05/03/2026 14:30". */
export function viDateTime(value: DateInput): string {
  const p = vietnamParts(value)
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : ''
}

/** "14:30 05/03", where the year goes without saying (today's build status). */
export function viTimeDay(value: DateInput): string {
  const p = vietnamParts(value)
  return p ? `${p.hour}:${p.minute} ${p.day}/${p.month}` : ''
}

/** The year in Vietnam time (a document issued at 23:00 UTC on 31/12 belongs to the next year). */
export function viYear(value: DateInput): number {
  const p = vietnamParts(value)
  return p ? Number(p.year) : Number.NaN
}

const weekdayName = new Intl.DateTimeFormat('en-GB', { timeZone: VIETNAM_TIME_ZONE, weekday: 'short' })
const VI_WEEKDAYS: Record<string, string> = {
  Mon: 'Thứ Hai',
  Tue: 'Thứ Ba',
  Wed: 'Thứ Tư',
  Thu: 'Thứ Năm',
  Fri: 'Thứ Sáu',
  Sat: 'Thứ Bảy',
  Sun: 'Chủ nhật',
}

const VI_WEEKDAYS_FROM_SUNDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => VI_WEEKDAYS[d])

/** "Thứ Hai" … "Chủ nhật", the weekday in Vietnam time (a calendar's day headings). */
export function viWeekday(value: DateInput): string {
  if (!vietnamParts(value)) return ''
  const date = value instanceof Date ? value : new Date(value as string | number)
  if (date.getTime() < FIXED_OFFSET_SINCE) return VI_WEEKDAYS[weekdayName.format(date)] ?? ''
  return VI_WEEKDAYS_FROM_SUNDAY[new Date(date.getTime() + VIETNAM_OFFSET_MS).getUTCDay()] ?? ''
}

/** "2026-03-05": the day in Vietnam time, a key to group a calendar's items by day. */
export function vietnamDayKey(value: DateInput): string {
  const p = vietnamParts(value)
  return p ? `${p.year}-${p.month}-${p.day}` : ''
}

/** "19:02": a time of day in Vietnam time (a check-in, a calendar entry). */
export function viTime(value: DateInput): string {
  const p = vietnamParts(value)
  return p ? `${p.hour}:${p.minute}` : ''
}
