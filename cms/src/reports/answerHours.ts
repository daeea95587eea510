/**
 * Hours from asking to a person's answer, per question of the subtree answered in the period, with the child of
 * the root it lies under. A median does not add up from counts, so these few rows (a province's month is a few
 * thousand) are read from the questions themselves, by the subtree's path range.
 */
import type { Period } from './period.ts'
import type { ReportDb } from './sql.ts'

export async function answerHours(
  db: ReportDb,
  rootPath: string,
  period: Period,
): Promise<{ child: string | null; hours: number }[]> {
  const { sql } = db
  const q = db.table('questions')
  const rows =
    await db.rows(sql`select ${q.orgPath} as "path", ${q.createdAt} as "askedAt", ${q.answeredAt} as "answeredAt"
    from ${q} where ${q.orgPath} >= ${rootPath} and ${q.orgPath} < ${`${rootPath}\uffff`}
    and ${q.answeredAt} is not null and ${q.createdAt} >= ${period.fromAt} and ${q.createdAt} < ${period.toAt}`)
  const depth = rootPath.split('/').filter(Boolean).length
  return rows.map((r) => ({
    child: String(r.path).split('/').filter(Boolean)[depth] ?? null,
    hours: (new Date(r.answeredAt as string).getTime() - new Date(r.askedAt as string).getTime()) / 3_600_000,
  }))
}
