/**
 * Deadlines of the tasks given to the member, or to the org they are secretary of: both are rows `readTasks`
 * gives them (the assignee; `assigneeLineage` holds the org assigned).
 */
import type { Task } from '@sotay/cms'
import { effectiveTaskStatus, grantedOrgIds, TASK_ROLES, taskStatusLabel } from '@sotay/content-schemas'
import type { Where } from 'payload'
import { type CalendarSource, calendarItem, inWindow, isoOf, ONE_WINDOW, type SourceQuery } from '../item.ts'

type TaskRow = Pick<Task, 'id' | 'title' | 'description' | 'dueAt' | 'status'> & { updatedAt?: string | null }

async function taskRows({ payload, db, user, from, to }: SourceQuery): Promise<TaskRow[]> {
  const orgs = grantedOrgIds(user, TASK_ROLES)
  if (db) {
    const { sql } = db
    const t = db.table('tasks')
    const mine = orgs.length
      ? sql`(${t.assignee} = ${user.id} or ${t.assigneeOrg} in (${sql.join(
          orgs.map((id) => sql`${id}`),
          sql`, `,
        )}))`
      : sql`${t.assignee} = ${user.id}`
    const rows = await db.rows(
      sql`select ${t.id} as "id", ${t.title} as "title", ${t.description} as "description", ${t.dueAt} as "dueAt",
        ${t.status} as "status", ${t.updatedAt} as "updatedAt"
        from ${t} where ${mine} and ${t.dueAt} >= ${from.toISOString()} and ${t.dueAt} < ${to.toISOString()}
        order by ${t.dueAt} limit 500`,
    )
    return rows.map((r) => ({
      ...(r as unknown as TaskRow),
      dueAt: isoOf(r.dueAt) as string,
      updatedAt: isoOf(r.updatedAt),
    }))
  }
  const mine: Where[] = [{ assignee: { equals: user.id } }]
  if (orgs.length) mine.push({ assigneeOrg: { in: orgs } })
  const { docs } = await payload.find({
    collection: 'tasks',
    where: {
      and: [{ or: mine }, inWindow('dueAt', { from, to })],
    },
    sort: 'dueAt',
    ...ONE_WINDOW,
    user,
    overrideAccess: false,
  })
  return docs as Task[]
}

export const tasksSource: CalendarSource = {
  kind: 'task',
  async items(query) {
    return (await taskRows(query)).map((t) =>
      calendarItem({
        kind: 'task',
        id: t.id,
        title: `Hạn: ${t.title}`,
        startsAt: t.dueAt,
        cancelled: t.status === 'da-huy',
        statusLabel: taskStatusLabel(effectiveTaskStatus(t)),
        note: t.description,
        alarmMinutes: 1440,
        updatedAt: t.updatedAt,
        link: `/thanh-vien/nhiem-vu/#${t.id}`,
      }),
    )
  },
}
