/**
 * Vietnam-time calendar arithmetic the meeting rules need (UTC+7, no daylight saving): which day of the month it
 * is, the month after, the start of a Vietnam day, and the 12 months before a given one.
 */
import { meetingMonth } from './deadline.ts'

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** Org kinds that hold regular cell meetings (the 20th rule applies to them). */
export const CELL_KINDS = ['chi-bo', 'chi-bo-co-so'] as const

/** Day of the month (1..31) in Vietnam at `now`. */
export function vietnamDayOfMonth(now: Date): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCDate()
}

/** 00:00 Vietnam time of the day `now` falls in, as an instant. */
export function vietnamDayStart(now: Date): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - VIETNAM_OFFSET_MS,
  )
}

/** "2027-01" plus `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number)
  const d = new Date(Date.UTC(year, mon - 1 + delta, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/** The month after the one `now` falls in, in Vietnam time. */
export function nextMonth(now: Date): string {
  return addMonths(meetingMonth(now), 1)
}

/** First instant of a Vietnam month, and of the month after it: [start, end). */
export function monthRange(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number)
  return {
    start: new Date(Date.UTC(year, mon - 1, 1) - VIETNAM_OFFSET_MS),
    end: new Date(Date.UTC(year, mon, 1) - VIETNAM_OFFSET_MS),
  }
}

/** "01/2027": a month as Vietnamese write it. */
export function viMonth(month: string): string {
  const [year, mon] = month.split('-')
  return `${mon}/${year}`
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** The 20th rule reminds secretaries from the 15th to the 20th of the month. */
export const TWENTIETH_REMINDER_FROM_DAY = 15
export const TWENTIETH_DEADLINE_DAY = 20

/** Điều lệ Đảng, Article 8: absent without good reason in this many months of a year. */
export const ARTICLE8_MONTHS = 3
