/** Moving an import to "Đang nhập" queues the job, in the same transaction as the change. */
import { IMPORT_JOB_CONTEXT, IMPORT_MEMBERS_TASK } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { MemberImport } from '../../../payload-types.ts'

export const queueImport: CollectionAfterChangeHook<MemberImport> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || req.context[IMPORT_JOB_CONTEXT] === true) return doc
  if (doc.status === 'committing' && previousDoc?.status !== 'committing') {
    await req.payload.jobs.queue({
      task: IMPORT_MEMBERS_TASK,
      input: { importId: String(doc.id) },
      queue: 'default',
      req,
    })
  }
  return doc
}
