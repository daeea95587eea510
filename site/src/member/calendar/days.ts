/** Calendar arithmetic on Vietnam day keys (yyyy-mm-dd): a key is a day, whatever the phone's own zone. */
import { viDate, viWeekday } from '@sotay/content-schemas/text/dates'

const DAY = 86_400_000
const asUtc = (key: string) => new Date(`${key}T00:00:00Z`)
const keyOf = (date: Date) => date.toISOString().slice(0, 10)

export const todayKey = (): string => keyOf(new Date(Date.now() + 7 * 3_600_000))
export const addDays = (key: string, days: number): string =>
  keyOf(new Date(asUtc(key).getTime() + days * DAY))
/** Monday of the key's week (Thứ Hai first, as Vietnamese calendars are). */
export const mondayOf = (key: string): string => addDays(key, -((asUtc(key).getUTCDay() + 6) % 7))
export const firstOfMonth = (key: string): string => `${key.slice(0, 7)}-01`
export const addMonths = (key: string, months: number): string => {
  const d = asUtc(firstOfMonth(key))
  d.setUTCMonth(d.getUTCMonth() + months)
  return keyOf(d)
}
/** "Thứ Hai, 07/12/2026". */
export const dayHeading = (key: string): string => {
  const noon = `${key}T12:00:00+07:00`
  return `${viWeekday(noon)}, ${viDate(noon)}`
}
export const dayNumber = (key: string): number => Number(key.slice(8, 10))
export const monthLabel = (key: string): string => `Tháng ${Number(key.slice(5, 7))}/${key.slice(0, 4)}`
export const WEEKDAY_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
