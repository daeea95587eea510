/** A report's period: Vietnam days from and to (both included), the instants they span, and the months they touch. */
import { addMonths, viDate, vietnamDayKey } from '@sotay/content-schemas'

export interface Period {
  /** "2026-12-01" */
  from: string
  /** "2026-12-07", included */
  to: string
  /** 00:00 of `from` in Vietnam, ISO */
  fromAt: string
  /** 00:00 of the day after `to` in Vietnam, ISO */
  toAt: string
  /** The months from `from`'s to `to`'s, "2026-12" */
  months: string[]
  /** When the report is read: meetings after it have not happened, tasks due before it are late. */
  now: string
}

const DAY_MS = 86_400_000

export const dayStart = (day: string): Date => new Date(`${day}T00:00:00+07:00`)

/** The day `days` before `day` ("2026-12-07", 6 → "2026-12-01"). */
export const daysBefore = (day: string, days: number): string =>
  vietnamDayKey(new Date(dayStart(day).getTime() - days * DAY_MS))

export function periodOf(from: string, to: string, now = new Date()): Period {
  const months: string[] = []
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) months.push(m)
  return {
    from,
    to,
    fromAt: dayStart(from).toISOString(),
    toAt: new Date(dayStart(to).getTime() + DAY_MS).toISOString(),
    months,
    now: now.toISOString(),
  }
}

/** The default period: the current month up to today. */
export function thisMonth(now = new Date()): Period {
  const today = vietnamDayKey(now)
  return periodOf(`${today.slice(0, 7)}-01`, today, now)
}

/** The 12 months ending with `to`'s month, as one period (the trend). */
export function twelveMonths(to: string, now = new Date()): Period {
  const first = addMonths(to.slice(0, 7), -11)
  return periodOf(`${first}-01`, to, now)
}

/** "01/11/2026 – 30/11/2026": the period as the reports and their files name it. */
export const periodLabel = (period: Period): string =>
  `${viDate(period.fromAt)} – ${viDate(`${period.to}T00:00:00+07:00`)}`

/** The Vietnam month before the one `now` falls in, as a whole period ("2026-11-01" … "2026-11-30"). */
export function lastMonth(now = new Date()): { month: string; period: Period } {
  const month = addMonths(vietnamDayKey(now).slice(0, 7), -1)
  const next = addMonths(month, 1)
  return { month, period: periodOf(`${month}-01`, daysBefore(`${next}-01`, 1), now) }
}
