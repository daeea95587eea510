/** The `fanOutNotice` job: queued when a notice is scheduled, run at its send time (waitUntil). */
import { FAN_OUT_NOTICE_TASK } from '@sotay/content-schemas'
import type { TaskConfig } from 'payload'
import { fanOutNotice } from './fanout.ts'

export const fanOutNoticeTask: TaskConfig<{
  input: { noticeId: string }
  output: { delivered: number }
}> = {
  slug: FAN_OUT_NOTICE_TASK,
  label: 'Gửi thông báo',
  inputSchema: [{ name: 'noticeId', type: 'text', required: true }],
  outputSchema: [{ name: 'delivered', type: 'number' }],
  // A retry resumes from the checkpoint on the notice; rows already written are not written again.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const id = /^\d+$/.test(input.noticeId) ? Number(input.noticeId) : input.noticeId
    const { delivered } = await fanOutNotice(req.payload, id)
    return { output: { delivered } }
  },
}
