/**
 * Per member's cell and day: quiz and contest attempts submitted, their scores, and the members taking part (each
 * counted on the day of their first submission of the month, so a month's days add up to who took part).
 */
import type { Fragment, ReportDb } from '../../sql.ts'
import type { Window } from './window.ts'

export function quizFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const q = db.table('quiz-attempts')
  const day = db.day(q.submittedAt)
  const earlierAt = sql`earlier.submitted_at`
  const first = sql`not exists (select 1 from ${q} earlier where earlier.member_id = ${q.member}
    and ${earlierAt} < ${q.submittedAt} and ${db.month(earlierAt)} = ${db.month(q.submittedAt)})`
  return sql`select ${q.org} as "org", ${day} as "day",
    count(distinct case when ${first} then ${q.member} end) as "quizParticipants", count(*) as "quizAttempts",
    sum(coalesce(${q.percent}, 0)) as "quizPercentSum", sum(case when ${q.passed} then 1 else 0 end) as "quizPassed"
    from ${q} where ${q.submittedAt} >= ${w.fromAt} and ${q.submittedAt} < ${w.toAt}
    group by ${q.org}, ${day}`
}
