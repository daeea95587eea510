/**
 * Per assigned cell (or the assigned person's cell) and due day: tasks due, done, done by the due time (the last
 * change of a finished task is its completion), and overdue at the pass.
 */
import type { Fragment, ReportDb } from '../../sql.ts'
import type { Window } from './window.ts'

export function taskFlows(db: ReportDb, w: Window): Fragment {
  const { sql } = db
  const t = db.table('tasks')
  const u = db.table('users')
  const org = sql`coalesce(${t.assigneeOrg}, ${u.org})`
  const day = db.day(t.dueAt)
  return sql`select ${org} as "org", ${day} as "day", count(*) as "tasks",
    sum(case when ${t.status} = 'hoan-thanh' then 1 else 0 end) as "tasksDone",
    sum(case when ${t.status} = 'hoan-thanh' and ${t.updatedAt} <= ${t.dueAt} then 1 else 0 end) as "tasksOnTime",
    sum(case when ${t.status} <> 'hoan-thanh' and ${t.dueAt} < ${w.now} then 1 else 0 end) as "tasksOverdue"
    from ${t} left join ${u} on ${u.id} = ${t.assignee}
    where ${t.status} <> 'da-huy' and ${t.dueAt} >= ${w.fromAt} and ${t.dueAt} < ${w.toAt} and ${org} is not null
    group by ${org}, ${day}`
}
