/** Notices received and read (inbox rows sent in the period), and the push and email deliveries of them. */
import type { ID } from '@sotay/content-schemas'
import type { Period } from '../period.ts'
import type { Fragment, ReportDb, Row } from '../sql.ts'

export function countNotices(db: ReportDb, orgs: ID[], period: Period, byMonth = false): Promise<Row[]> {
  const { sql } = db
  const i = db.table('inbox')
  const month: Fragment = byMonth ? sql`, ${db.month(i.sentAt)}` : sql``
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${i.org} as "org"${byMonth ? sql`${month} as "month"` : sql``},
      count(*) as "noticesReceived", sum(case when ${i.read} then 1 else 0 end) as "noticesRead"
      from ${i} where ${i.sentAt} >= ${period.fromAt} and ${i.sentAt} < ${period.toAt} and ${inOrgs(i.org)}
      group by ${i.org}${month}`,
  )
}

export function countDeliveries(db: ReportDb, orgs: ID[], period: Period): Promise<Row[]> {
  const { sql } = db
  const d = db.table('deliveries')
  const u = db.table('users')
  // The log keeps the recipient's id as text (a key part), so the join compares text.
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${u.org} as "org",
      sum(case when ${d.status} = 'sent' then 1 else 0 end) as "deliveriesSent",
      sum(case when ${d.status} = 'failed' then 1 else 0 end) as "deliveriesFailed"
      from ${d} join ${u} on cast(${u.id} as text) = ${d.recipient}
      where ${d.createdAt} >= ${period.fromAt} and ${d.createdAt} < ${period.toAt} and ${inOrgs(u.org)}
      group by ${u.org}`,
  )
}
