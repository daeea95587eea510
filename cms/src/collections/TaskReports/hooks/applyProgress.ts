/**
 * The latest report sets its task's progress and status (chưa bắt đầu, đang làm, hoàn thành), and the tasks it
 * was passed on from follow (`rollUpProgress`).
 */

import { idOf, type Ref } from '@sotay/content-schemas/shared/ids'
import { statusForPercent } from '@sotay/content-schemas/tasks/status'
import type { CollectionAfterChangeHook } from 'payload'
import type { TaskReport } from '../../../payload-types.ts'
import { rollUpProgress } from '../../Tasks/rollUp.ts'

export const applyProgress: CollectionAfterChangeHook<TaskReport> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const task = idOf(doc.task as Ref)
  if (task === undefined) return doc
  await req.payload.update({
    collection: 'tasks',
    id: task,
    data: { progress: doc.percent, status: statusForPercent(doc.percent) },
    depth: 0,
    // The reporter may not edit the task (the assigner's side does); the server writes what the report says.
    overrideAccess: true,
    req,
  })
  await rollUpProgress(req, task)
  return doc
}
