/** On start, imports left "Đang nhập" by a stopped server are queued again; they resume from their checkpoint. */
import { type ID, IMPORT_MEMBERS_TASK } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { requeueUnfinished } from '../../../jobs/requeueUnfinished.ts'
import { IMPORTS } from './records.ts'

export async function resumeUnfinishedImports(payload: Payload): Promise<{ importId: ID; jobId: ID }[]> {
  const resumed = await requeueUnfinished(payload, {
    collection: IMPORTS,
    status: 'committing',
    task: IMPORT_MEMBERS_TASK,
    inputKey: 'importId',
    message: (id) => `Tiếp tục nhập danh sách đảng viên #${id} từ điểm đã lưu.`,
  })
  return resumed.map(({ id, jobId }) => ({ importId: id, jobId }))
}
