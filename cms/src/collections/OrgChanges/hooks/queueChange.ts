/** Every admin save of a change queues the job, in the same transaction as the save. */
import { APPLY_ORG_CHANGE_TASK, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { OrgChange } from '../../../payload-types.ts'

export const queueChange: CollectionAfterChangeHook<OrgChange> = async ({ doc, req }) => {
  if (req.context[ORG_CHANGE_CONTEXT] === true) return doc
  await req.payload.jobs.queue({
    task: APPLY_ORG_CHANGE_TASK,
    input: { changeId: String(doc.id) },
    queue: 'default',
    req,
  })
  return doc
}
