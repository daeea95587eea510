/**
 * Task reminders through the notices pipeline: once in the day before a task is due, once when it is overdue
 * (quá hạn). A task given to a cell reminds its secretaries; a task given to a member reminds them.
 */
import { idOf, type Ref, viDateTime } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'
import type { Task } from '../../payload-types.ts'
import { sendNotice } from '../Notices/fanout/sendNotice.ts'

export const REMIND_TASKS = 'remindTasks'
const HOUR = 3_600_000

/** Hours before the due date for the first reminder; `TASK_REMIND_BEFORE_HOURS`, 24 by default. */
export function remindBeforeHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.TASK_REMIND_BEFORE_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : 24
}

async function remind(payload: Payload, task: Task, title: string, body: string): Promise<void> {
  const assignee = idOf(task.assignee as Ref)
  const assigneeOrg = idOf(task.assigneeOrg as Ref)
  const fromOrg = idOf(task.org as Ref)
  if (fromOrg === undefined) return
  await sendNotice(payload, {
    fromOrg,
    title,
    body,
    target:
      assigneeOrg !== undefined
        ? { org: assigneeOrg, roles: ['secretary'] }
        : { org: fromOrg, users: assignee === undefined ? [] : [assignee] },
    priority: 'important',
  })
}

export interface RemindOptions {
  now?: Date
  beforeHours?: number
}

export async function remindTasks(payload: Payload, options: RemindOptions = {}) {
  const now = options.now ?? new Date()
  const soon = new Date(now.getTime() + (options.beforeHours ?? remindBeforeHours()) * HOUR)
  const open = { status: { in: ['chua-bat-dau', 'dang-lam'] } }
  const find = (where: object) =>
    payload.find({
      collection: 'tasks',
      where: { and: [open, where] } as never,
      depth: 0,
      limit: 500,
      overrideAccess: true,
    })
  const [dueSoon, overdue] = await Promise.all([
    find({
      and: [
        { dueAt: { greater_than_equal: now.toISOString() } },
        { dueAt: { less_than: soon.toISOString() } },
        { remindedDueAt: { exists: false } },
      ],
    }),
    find({ and: [{ dueAt: { less_than: now.toISOString() } }, { remindedOverdueAt: { exists: false } }] }),
  ])
  for (const task of dueSoon.docs as Task[]) {
    await remind(
      payload,
      task,
      `Sắp đến hạn: ${task.title}`,
      `Nhiệm vụ “${task.title}” đến hạn lúc ${viDateTime(task.dueAt)}. Tiến độ đã báo cáo: ${task.progress ?? 0}%.`,
    )
    await payload.update({
      collection: 'tasks',
      id: task.id,
      data: { remindedDueAt: now.toISOString() },
      overrideAccess: true,
    })
  }
  for (const task of overdue.docs as Task[]) {
    await remind(
      payload,
      task,
      `Quá hạn: ${task.title}`,
      `Nhiệm vụ “${task.title}” đã quá hạn (hạn ${viDateTime(task.dueAt)}), tiến độ ${task.progress ?? 0}%. Đề nghị hoàn thành và báo cáo ngay.`,
    )
    await payload.update({
      collection: 'tasks',
      id: task.id,
      data: { remindedOverdueAt: now.toISOString() },
      overrideAccess: true,
    })
  }
  return { dueSoon: dueSoon.docs.length, overdue: overdue.docs.length }
}

export const remindTasksTask: TaskConfig<{
  input: Record<string, never>
  output: { dueSoon: number; overdue: number }
}> = {
  slug: REMIND_TASKS,
  label: 'Nhắc nhiệm vụ sắp đến hạn và quá hạn',
  outputSchema: [
    { name: 'dueSoon', type: 'number' },
    { name: 'overdue', type: 'number' },
  ],
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: await remindTasks(req.payload) }),
}
