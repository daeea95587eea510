/**
 * Deadlines of the tasks given to the member, or to the org they are secretary of: both are rows `readTasks`
 * gives them (the assignee; `assigneeLineage` holds the org assigned).
 */
import type { Task } from '@sotay/cms'
import { effectiveTaskStatus, grantedOrgIds, TASK_ROLES, taskStatusLabel } from '@sotay/content-schemas'
import type { Where } from 'payload'
import { type CalendarSource, calendarItem, inWindow, ONE_WINDOW, sourceSelect } from '../item.ts'
import { TASK_GRANT_ORGS } from './member.ts'

const columns = {
  id: '"id"',
  title: '"title"',
  at: '"due_at"',
  note: '"description"',
  status: '"status"',
  updatedAt: '"updated_at"',
}
const IN_WINDOW = `"due_at" >= ?2 AND "due_at" < ?3`
// Two indexed walks, (assignee, dueAt) and (assigneeOrg, dueAt), rather than an OR the engines may scan for.
const GIVEN = `${sourceSelect('task', columns, `FROM "tasks" WHERE "assignee_id" = ?1 AND ${IN_WINDOW}`)}
  UNION ${sourceSelect('task', columns, `FROM "tasks" WHERE "assignee_org_id" IN (${TASK_GRANT_ORGS}) AND ${IN_WINDOW}`)}
  ORDER BY "at", "id" LIMIT 500`

export const tasksSource: CalendarSource = {
  kind: 'task',
  rows: ['task'],
  sql: [`SELECT * FROM (${GIVEN}) AS "task_rows"`],
  async read({ payload, user, from, to }) {
    const orgs = grantedOrgIds(user, TASK_ROLES)
    const mine: Where[] = [{ assignee: { equals: user.id } }]
    if (orgs.length) mine.push({ assigneeOrg: { in: orgs } })
    const { docs } = await payload.find({
      collection: 'tasks',
      where: { and: [{ or: mine }, inWindow('dueAt', { from, to })] },
      sort: 'dueAt',
      ...ONE_WINDOW,
      user,
      overrideAccess: false,
    })
    return (docs as Task[]).map((t) => ({
      source: 'task',
      id: t.id,
      title: t.title,
      at: t.dueAt,
      endsAt: null,
      place: null,
      note: t.description ?? null,
      status: t.status ?? null,
      updatedAt: t.updatedAt ?? null,
      closesAt: null,
    }))
  },
  present: (rows) =>
    rows.map((t) =>
      calendarItem({
        kind: 'task',
        id: t.id,
        title: `Hạn: ${t.title}`,
        startsAt: t.at as string,
        cancelled: t.status === 'da-huy',
        statusLabel: taskStatusLabel(effectiveTaskStatus({ status: t.status, dueAt: t.at })),
        note: t.note,
        alarmMinutes: 1440,
        updatedAt: t.updatedAt,
        link: `/thanh-vien/nhiem-vu/#${t.id}`,
      }),
    ),
}
