/** Members active in the last 7 and 30 days before the period's end, and per month for the trend (activity days). */
import type { ID } from '@sotay/content-schemas'
import { daysBefore, type Period } from '../period.ts'
import type { ReportDb, Row } from '../sql.ts'

export function countActive(db: ReportDb, orgs: ID[], period: Period): Promise<Row[]> {
  const { sql } = db
  const a = db.table('activity-days')
  const since7 = daysBefore(period.to, 6)
  const since30 = daysBefore(period.to, 29)
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${a.org} as "org",
      count(distinct case when ${a.day} >= ${since7} then ${a.member} end) as "active7",
      count(distinct ${a.member}) as "active30"
      from ${a} where ${a.day} >= ${since30} and ${a.day} <= ${period.to} and ${inOrgs(a.org)}
      group by ${a.org}`,
  )
}

/** Per month: members who used the app at least once that month (the trend's "active30"). */
export function countActiveByMonth(db: ReportDb, orgs: ID[], period: Period): Promise<Row[]> {
  const { sql } = db
  const a = db.table('activity-days')
  const month = sql`substr(${a.day}, 1, 7)`
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${a.org} as "org", ${month} as "month", count(distinct ${a.member}) as "active30"
      from ${a} where ${a.day} >= ${period.from} and ${a.day} <= ${period.to} and ${inOrgs(a.org)}
      group by ${a.org}, ${month}`,
  )
}
