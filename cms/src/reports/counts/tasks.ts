/**
 * Tasks due in the period, per assigned cell (or the assigned person's cell): done, done by the due time (the
 * last change of a finished task is its completion), and overdue now.
 */
import type { ID } from '@sotay/content-schemas'
import type { Period } from '../period.ts'
import type { ReportDb, Row } from '../sql.ts'

export function countTasks(db: ReportDb, orgs: ID[], period: Period): Promise<Row[]> {
  const { sql } = db
  const t = db.table('tasks')
  const u = db.table('users')
  const org = sql`coalesce(${t.assigneeOrg}, ${u.org})`
  return db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${org} as "org", count(*) as "tasks",
      sum(case when ${t.status} = 'hoan-thanh' then 1 else 0 end) as "tasksDone",
      sum(case when ${t.status} = 'hoan-thanh' and ${t.updatedAt} <= ${t.dueAt} then 1 else 0 end) as "tasksOnTime",
      sum(case when ${t.status} <> 'hoan-thanh' and ${t.dueAt} < ${period.now} then 1 else 0 end) as "tasksOverdue"
      from ${t} left join ${u} on ${u.id} = ${t.assignee}
      where ${t.status} <> 'da-huy' and ${t.dueAt} >= ${period.fromAt} and ${t.dueAt} < ${period.toAt}
      and ${inOrgs(org)}
      group by ${org}`,
  )
}
