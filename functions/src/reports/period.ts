/** The period a report request names: from and to days (Vietnam), this month by default; a Vietnamese 400 else. */
import { type Period, periodOf, thisMonth } from '@sotay/cms/reports'
import { jsonError } from '../http/json.ts'
import { REPORT_MESSAGES } from './messages.ts'

const MAX_DAYS = 366

export function requestedPeriod(query: { from?: string; to?: string }, now = new Date()): Period | Response {
  if (!query.from && !query.to) return thisMonth(now)
  const current = thisMonth(now)
  const from = query.from ?? `${(query.to ?? current.to).slice(0, 7)}-01`
  const to = query.to ?? current.to
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (days < 0 || days > MAX_DAYS) return jsonError(400, 'bad_period', REPORT_MESSAGES.badPeriod)
  return periodOf(from, to, now)
}
