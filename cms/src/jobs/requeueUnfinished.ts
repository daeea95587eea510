/** On start, work a stopped server left half-done (an import, a fan-out) is queued again; it resumes from its checkpoint. */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface UnfinishedWork {
  /** The collection whose documents carry the work's state, and the status that means "under way". */
  collection: string
  status: string
  /** The job task that does the work, and the name of its input field holding the document id. */
  task: string
  inputKey: string
  /** The Vietnamese log line for one resumed document. */
  message: (id: ID) => string
}

export async function requeueUnfinished(
  payload: Payload,
  work: UnfinishedWork,
): Promise<{ id: ID; jobId: ID }[]> {
  const unfinished = await payload.find({
    collection: work.collection as 'users',
    where: { status: { equals: work.status } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (!unfinished.docs.length) return []
  // A job still waiting in the queue will run; one marked as processing died with the old process.
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: work.task } },
        { completedAt: { exists: false } },
        { processing: { not_equals: true } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const queued = new Set(
    waiting.docs.map((job) => String((job.input as Record<string, unknown>)?.[work.inputKey])),
  )
  const resumed: { id: ID; jobId: ID }[] = []
  for (const { id } of unfinished.docs) {
    if (queued.has(String(id))) continue
    const job: { id: ID } = await payload.jobs.queue({
      task: work.task as never,
      input: { [work.inputKey]: String(id) } as never,
      queue: 'default',
    })
    payload.logger.info(work.message(id))
    resumed.push({ id, jobId: job.id })
  }
  return resumed
}
