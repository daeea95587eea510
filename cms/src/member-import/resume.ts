/** On start, imports left "Đang nhập" by a stopped server are queued again; they resume from their checkpoint. */
import { type ID, IMPORT_MEMBERS_TASK } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { IMPORTS } from './records.ts'

export async function resumeUnfinishedImports(payload: Payload): Promise<{ importId: ID; jobId: ID }[]> {
  const unfinished = await payload.find({
    collection: IMPORTS as 'users',
    where: { status: { equals: 'committing' } },
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
        { taskSlug: { equals: IMPORT_MEMBERS_TASK } },
        { completedAt: { exists: false } },
        { processing: { not_equals: true } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const queued = new Set(waiting.docs.map((job) => String((job.input as { importId?: unknown })?.importId)))
  const resumed: { importId: ID; jobId: ID }[] = []
  for (const { id } of unfinished.docs) {
    if (queued.has(String(id))) continue
    const job: { id: ID } = await payload.jobs.queue({
      task: IMPORT_MEMBERS_TASK as never,
      input: { importId: String(id) } as never,
      queue: 'default',
    })
    payload.logger.info(`Tiếp tục nhập danh sách đảng viên #${id} từ điểm đã lưu.`)
    resumed.push({ importId: id, jobId: job.id })
  }
  return resumed
}
