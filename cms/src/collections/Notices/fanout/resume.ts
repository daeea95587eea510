/** On start, notices left "Đang gửi" by a stopped server are queued again; they resume from their checkpoint. */
import { FAN_OUT_NOTICE_TASK, type ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { requeueUnfinished } from '../../../jobs/requeueUnfinished.ts'

export async function resumeUnfinishedFanOuts(payload: Payload): Promise<ID[]> {
  const resumed = await requeueUnfinished(payload, {
    collection: 'notices',
    status: 'sending',
    task: FAN_OUT_NOTICE_TASK,
    inputKey: 'noticeId',
    message: (id) => `Tiếp tục gửi thông báo #${id} từ điểm đã lưu.`,
  })
  return resumed.map(({ id }) => id)
}
