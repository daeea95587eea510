/**
 * A report belongs to its task: the reporter is whoever sends it, and it carries the task's org, assignee and
 * assigned lineage, so the same people read it as read the task.
 */
import { idOf, type Ref } from '@sotay/content-schemas/shared/ids'
import { TASK_MESSAGES } from '@sotay/content-schemas/tasks/status'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { TaskReport } from '../../../payload-types.ts'

export const stampFromTask: CollectionBeforeChangeHook<TaskReport> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const taskId = idOf(data.task as Ref)
  const task =
    taskId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'tasks',
          id: taskId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (!task) throw new APIError(TASK_MESSAGES.notFound, 404, null, true)
  if (task.status === 'da-huy') throw new APIError(TASK_MESSAGES.cancelled, 409, null, true)
  if (req.user) data.reporter = req.user.id
  data.org = idOf(task.org as Ref)
  data.taskAssignee = idOf(task.assignee as Ref) ?? null
  data.assigneeLineage = (task.assigneeLineage ?? []).map((ref) => idOf(ref as Ref)) as never
  return data
}
