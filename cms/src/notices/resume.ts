/** On start, notices left "Đang gửi" by a stopped server are queued again; they resume from their checkpoint. */
import { FAN_OUT_NOTICE_TASK, type ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export async function resumeUnfinishedFanOuts(payload: Payload): Promise<ID[]> {
  const sending = await payload.find({
    collection: 'notices',
    where: { status: { equals: 'sending' } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (!sending.docs.length) return []
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: FAN_OUT_NOTICE_TASK } },
        { completedAt: { exists: false } },
        { processing: { not_equals: true } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const queued = new Set(waiting.docs.map((job) => String((job.input as { noticeId?: unknown })?.noticeId)))
  const resumed: ID[] = []
  for (const { id } of sending.docs) {
    if (queued.has(String(id))) continue
    await payload.jobs.queue({
      task: FAN_OUT_NOTICE_TASK as never,
      input: { noticeId: String(id) } as never,
      queue: 'default',
    })
    payload.logger.info(`Tiếp tục gửi thông báo #${id} từ điểm đã lưu.`)
    resumed.push(id as ID)
  }
  return resumed
}
