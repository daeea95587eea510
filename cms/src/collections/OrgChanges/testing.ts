/** Runs the org-change jobs waiting in the queue, as the CMS process would (tests, the benchmark). */
import { APPLY_ORG_CHANGE_TASK } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export async function runQueuedOrgChanges(payload: Payload): Promise<number> {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: APPLY_ORG_CHANGE_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const job of waiting.docs) await payload.jobs.runByID({ id: job.id })
  return waiting.docs.length
}
