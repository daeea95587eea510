/**
 * What people may do with a notice: write it as a draft, schedule it (which queues the fan-out at its
 * send time), cancel it while it waits. Once sending starts, only the fan-out job writes to it.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'
import { ownedWithin } from '../access/where.ts'
import { idOf, idsOf } from '../shared/ids.ts'
import { FAN_OUT_NOTICE_TASK, NOTICE_SYSTEM_CONTEXT, type NoticeStatus } from './status.ts'

/** Fields only the fan-out job writes. */
export const FAN_OUT_FIELDS = [
  'recipientTotal',
  'deliveredCount',
  'lastRecipientId',
  'startedAt',
  'finishedAt',
  'failure',
] as const

const bySystem = (context: Record<string, unknown>) => context[NOTICE_SYSTEM_CONTEXT] === true
const refuse = (message: string, status = 400) => new APIError(message, status, null, true)

export const guardNoticeChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (bySystem(req.context)) return data
  for (const field of FAN_OUT_FIELDS) data[field] = operation === 'update' ? originalDoc?.[field] : null
  const from = (operation === 'update' ? originalDoc?.status : 'draft') as NoticeStatus
  const to = (data.status ?? from) as NoticeStatus
  if (from === 'sending' || from === 'sent') {
    throw refuse('Thông báo đã được gửi đi, không thể sửa. Hãy soạn một thông báo mới.', 409)
  }
  if (to !== from && !(['draft', 'scheduled'] as NoticeStatus[]).includes(to)) {
    throw refuse('Chỉ có thể chọn “Nháp” hoặc “Đã lên lịch”; hệ thống tự chuyển sang “Đang gửi” và “Đã gửi”.')
  }
  if (to === 'scheduled' && !data.sendAt) data.sendAt = new Date().toISOString()
  await refuseNamedOutsideTarget(data, originalDoc, req)
  return data
}

/** Named recipients must live inside the target subtree: the fan-out would skip them silently otherwise. */
async function refuseNamedOutsideTarget(
  data: Record<string, any>,
  originalDoc: Record<string, any> | undefined,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
) {
  const named = idsOf(data.targetUsers ?? originalDoc?.targetUsers)
  const target = idOf(data.targetOrg ?? originalDoc?.targetOrg)
  if (!named.length || target === undefined) return
  const inside = await req.payload.find({
    collection: 'users',
    where: { and: [{ id: { in: named } }, ownedWithin([target])] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (inside.docs.length < named.length) {
    throw refuse(
      'Có người nhận được chọn riêng không thuộc tổ chức nhận thông báo; hãy bỏ họ ra hoặc chọn tổ chức cấp trên.',
    )
  }
}

/** Scheduling queues one fan-out job, to run at the send time; in the same transaction as the change. */
export const queueFanOut: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'scheduled' || previousDoc?.status === 'scheduled') return doc
  const sendAt = doc.sendAt ? new Date(doc.sendAt) : new Date()
  await req.payload.jobs.queue({
    task: FAN_OUT_NOTICE_TASK as never,
    input: { noticeId: String(doc.id) } as never,
    queue: 'default',
    waitUntil: sendAt > new Date() ? sendAt : undefined,
    req,
  })
  return doc
}

/** A notice that reached inboxes stays, so that read receipts and reports keep their subject. */
export const refuseDeleteOnceSent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = (await req.payload.findByID({
    collection: 'notices' as never,
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })) as {
    status?: NoticeStatus
  }
  if (doc.status === 'sending' || doc.status === 'sent') {
    throw refuse('Thông báo đã được gửi đi, không thể xóa.', 409)
  }
}
