/** Per asker's cell and day asked: questions asked, answered (by a person or the answer bank) and waiting. */
import type { Fragment, ReportDb } from '../../sql.ts'
import type { Window } from './window.ts'

export function questionFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const q = db.table('questions')
  const day = db.day(q.createdAt)
  return sql`select ${q.org} as "org", ${day} as "day", count(*) as "questionsAsked",
    sum(case when ${q.status} in ('answered', 'auto') then 1 else 0 end) as "questionsAnswered",
    sum(case when ${q.status} in ('pending', 'escalated') then 1 else 0 end) as "questionsWaiting"
    from ${q} where ${q.createdAt} >= ${w.fromAt} and ${q.createdAt} < ${w.toAt}
    group by ${q.org}, ${day}`
}
