/** Scheduling a notice queues one fan-out job, to run at its send time, in the same transaction as the change. */
import { FAN_OUT_NOTICE_TASK, URGENT_NOTICES_QUEUE } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Notice } from '../../../payload-types.ts'

export const queueFanOut: CollectionAfterChangeHook<Notice> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'scheduled' || previousDoc?.status === 'scheduled') return doc
  const sendAt = doc.sendAt ? new Date(doc.sendAt) : new Date()
  await req.payload.jobs.queue({
    task: FAN_OUT_NOTICE_TASK,
    input: { noticeId: String(doc.id) },
    queue: doc.priority === 'urgent' ? URGENT_NOTICES_QUEUE : 'default',
    waitUntil: sendAt > new Date() ? sendAt : undefined,
    req,
  })
  return doc
}
