/**
 * Per cell, on a day: members who used the app in the 7 and 30 days up to it and since the 1st of its month
 * (activity days, counted in the cell the member was in that day).
 */
import { daysBefore } from '../../period.ts'
import type { Fragment, ReportDb } from '../../sql.ts'

export function activitySnapshot(db: ReportDb, day: string): Fragment {
  const { sql } = db
  const a = db.table('activity-days')
  const since7 = daysBefore(day, 6)
  const since30 = daysBefore(day, 29)
  const monthStart = `${day.slice(0, 7)}-01`
  const from = [since30, monthStart].sort()[0]
  return sql`select ${a.org} as "org", cast(${day} as text) as "day",
    count(distinct case when ${a.day} >= ${since7} then ${a.member} end) as "active7",
    count(distinct case when ${a.day} >= ${since30} then ${a.member} end) as "active30",
    count(distinct case when ${a.day} >= ${monthStart} then ${a.member} end) as "activeMonth"
    from ${a} where ${a.day} >= ${from} and ${a.day} <= ${day} and ${a.org} is not null
    group by ${a.org}`
}
