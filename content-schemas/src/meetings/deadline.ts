/**
 * The 20th rule: next month's regular meeting is posted by the 20th of this month, in Vietnam time. A meeting
 * in January 2027 is on time when posted by 20/12/2026 23:59:59 (UTC+7, no daylight saving).
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** "2027-01": the Vietnam-time month a meeting falls in. */
export function meetingMonth(startsAt: string | Date): string {
  const local = new Date(new Date(startsAt).getTime() + VIETNAM_OFFSET_MS)
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`
}

/** The last instant a regular meeting of `month` ("YYYY-MM") may be posted: the 20th of the month before, 23:59:59.999. */
export function postingDeadline(month: string): Date {
  const [year, mon] = month.split('-').map(Number)
  // Day 21 00:00 Vietnam time, minus 1 ms; Date.UTC handles January's month 0 - 1 = December of the year before.
  return new Date(Date.UTC(year, mon - 2, 21) - VIETNAM_OFFSET_MS - 1)
}

export function postedOnTime(postedAt: string | Date, startsAt: string | Date): boolean {
  return new Date(postedAt).getTime() <= postingDeadline(meetingMonth(startsAt)).getTime()
}
