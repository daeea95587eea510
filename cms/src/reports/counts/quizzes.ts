/** Quiz and contest attempts submitted in the period, per member's cell: who took part, how many, the scores. */
import type { ID } from '@sotay/content-schemas'
import type { Period } from '../period.ts'
import type { ReportDb, Row } from '../sql.ts'

export function countQuizzes(db: ReportDb, orgs: ID[], period: Period, byMonth = false): Promise<Row[]> {
  const { sql } = db
  const q = db.table('quiz-attempts')
  const month = db.month(q.submittedAt)
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${q.org} as "org"${byMonth ? sql`, ${month} as "month"` : sql``},
      count(distinct ${q.member}) as "quizParticipants", count(*) as "quizAttempts",
      sum(coalesce(${q.percent}, 0)) as "quizPercentSum",
      sum(case when ${q.passed} then 1 else 0 end) as "quizPassed"
      from ${q} where ${q.submittedAt} >= ${period.fromAt} and ${q.submittedAt} < ${period.toAt}
      and ${inOrgs(q.org)}
      group by ${q.org}${byMonth ? sql`, ${month}` : sql``}`,
  )
}
