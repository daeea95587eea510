/**
 * What people may do with a notice: write it as a draft, schedule it, cancel it while it waits. Once
 * sending starts, only the fan-out job writes to it.
 */
import { idOf, idsOf, NOTICE_SYSTEM_CONTEXT, type NoticeStatus, ownedWithin } from '@sotay/content-schemas'
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { Notice } from '../../../payload-types.ts'

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

export const guardNoticeChanges: CollectionBeforeChangeHook<Notice> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (bySystem(req.context)) return data
  for (const field of FAN_OUT_FIELDS) {
    Object.assign(data, { [field]: operation === 'update' ? originalDoc?.[field] : null })
  }
  const from = (operation === 'update' ? originalDoc?.status : 'draft') as NoticeStatus
  const to = (data.status ?? from) as NoticeStatus
  if (from === 'sending' || from === 'sent') {
    throw refuse('Thông báo đã được gửi đi, không thể sửa. Hãy soạn một thông báo mới.', 409)
  }
  if (to !== from && !(['draft', 'scheduled'] as NoticeStatus[]).includes(to)) {
    throw fieldRefusal(
      req,
      'notices',
      'status',
      'Chỉ có thể chọn “Nháp” hoặc “Đã lên lịch”; hệ thống tự chuyển sang “Đang gửi” và “Đã gửi”.',
    )
  }
  if (to === 'scheduled' && !data.sendAt) data.sendAt = new Date().toISOString()
  await refuseNamedOutsideTarget(data, originalDoc, req)
  return data
}

/** Named recipients must live inside the target subtree: the fan-out would skip them silently otherwise. */
async function refuseNamedOutsideTarget(
  data: Partial<Notice>,
  originalDoc: Notice | undefined,
  req: PayloadRequest,
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
    throw fieldRefusal(
      req,
      'notices',
      'targetUsers',
      'Có người nhận được chọn riêng không thuộc tổ chức nhận thông báo; hãy bỏ họ ra hoặc chọn tổ chức cấp trên.',
    )
  }
}
