/** Deadlines of the tasks given to the member, or to the org they are secretary of. */
import type { Task } from '@sotay/cms'
import { effectiveTaskStatus, grantedOrgIds, TASK_ROLES, taskStatusLabel } from '@sotay/content-schemas'
import type { Where } from 'payload'
import { type CalendarSource, calendarItem } from '../item.ts'

export const tasksSource: CalendarSource = {
  kind: 'task',
  async items({ payload, user, from, to }) {
    const orgs = grantedOrgIds(user, TASK_ROLES)
    const mine: Where[] = [{ assignee: { equals: user.id } }]
    if (orgs.length) mine.push({ assigneeOrg: { in: orgs } })
    const { docs } = await payload.find({
      collection: 'tasks',
      where: {
        and: [
          { or: mine },
          { dueAt: { greater_than_equal: from.toISOString() } },
          { dueAt: { less_than: to.toISOString() } },
        ],
      },
      sort: 'dueAt',
      depth: 0,
      limit: 500,
      // One query, no count: a calendar window never holds more.
      pagination: false,
      user,
      overrideAccess: false,
    })
    return (docs as Task[]).map((t) =>
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
