/** Per cell and day a notice was sent: inbox rows received and read (read now), push and email deliveries. */
import type { Fragment, ReportDb } from '../../sql.ts'
import type { Window } from './window.ts'

export function noticeFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const i = db.table('inbox')
  const day = db.day(i.sentAt)
  return sql`select ${i.org} as "org", ${day} as "day",
    count(*) as "noticesReceived", sum(case when ${i.read} then 1 else 0 end) as "noticesRead"
    from ${i} where ${i.sentAt} >= ${w.fromAt} and ${i.sentAt} < ${w.toAt} and ${i.org} is not null
    group by ${i.org}, ${day}`
}

export function deliveryFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const d = db.table('deliveries')
  const u = db.table('users')
  const day = db.day(d.createdAt)
  // The log keeps the recipient's id as text (a key part), so the join compares text.
  return sql`select ${u.org} as "org", ${day} as "day",
    sum(case when ${d.status} = 'sent' then 1 else 0 end) as "deliveriesSent",
    sum(case when ${d.status} = 'failed' then 1 else 0 end) as "deliveriesFailed"
    from ${d} join ${u} on cast(${u.id} as text) = ${d.recipient}
    where ${d.createdAt} >= ${w.fromAt} and ${d.createdAt} < ${w.toAt} and ${u.org} is not null
    group by ${u.org}, ${day}`
}
