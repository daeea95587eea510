/** Questions members asked in the period, per asker's cell: answered (by a person or the answer bank), waiting. */
import type { ID } from '@sotay/content-schemas'
import type { Period } from '../period.ts'
import type { ReportDb, Row } from '../sql.ts'

export function countQuestions(db: ReportDb, orgs: ID[], period: Period, byMonth = false): Promise<Row[]> {
  const { sql } = db
  const q = db.table('questions')
  const month = db.month(q.createdAt)
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${q.org} as "org"${byMonth ? sql`, ${month} as "month"` : sql``},
      count(*) as "questionsAsked",
      sum(case when ${q.status} in ('answered', 'auto') then 1 else 0 end) as "questionsAnswered",
      sum(case when ${q.status} in ('pending', 'escalated') then 1 else 0 end) as "questionsWaiting"
      from ${q} where ${q.createdAt} >= ${period.fromAt} and ${q.createdAt} < ${period.toAt} and ${inOrgs(q.org)}
      group by ${q.org}${byMonth ? sql`, ${month}` : sql``}`,
  )
}

/**
 * Hours from asking to a person's answer, per question answered in the period. Only answered questions are
 * read (a median does not add up from counts); a province's month is a few thousand rows.
 */
export async function answerHours(
  db: ReportDb,
  orgs: ID[],
  period: Period,
): Promise<{ org: unknown; hours: number }[]> {
  const { sql } = db
  const q = db.table('questions')
  const rows = await db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${q.org} as "org", ${q.createdAt} as "askedAt", ${q.answeredAt} as "answeredAt"
      from ${q} where ${q.answeredAt} is not null and ${q.createdAt} >= ${period.fromAt}
      and ${q.createdAt} < ${period.toAt} and ${inOrgs(q.org)}`,
  )
  return rows.map((r) => ({
    org: r.org,
    hours: (new Date(r.answeredAt as string).getTime() - new Date(r.askedAt as string).getTime()) / 3_600_000,
  }))
}
