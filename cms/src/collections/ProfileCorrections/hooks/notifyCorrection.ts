/**
 * A new request reaches the cell's secretary as a notice (inbox and phone); a decision ("Đã sửa" / "Không sửa")
 * reaches the member the same way.
 */
import { CORRECTION_STATUS_OPTIONS, idOf, PROFILE_FIELD_OPTIONS } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { ProfileCorrection } from '../../../payload-types.ts'
import { sendNotice } from '../../Notices/fanout/sendNotice.ts'

export const CORRECTION_NOTICE_TITLE = 'Đề nghị sửa thông tin của đảng viên'
export const DECISION_NOTICE_TITLE = 'Chi bộ đã xem đề nghị sửa thông tin của đồng chí'

const fieldLabel = (doc: ProfileCorrection) =>
  PROFILE_FIELD_OPTIONS.find((o) => o.value === doc.field)?.label.vi ?? doc.field
const statusLabel = (doc: ProfileCorrection) =>
  CORRECTION_STATUS_OPTIONS.find((o) => o.value === doc.status)?.label.vi ?? doc.status
const change = (doc: ProfileCorrection) =>
  `${fieldLabel(doc)}: "${doc.currentValue ?? 'chưa có'}" → "${doc.proposedValue}"`

export const notifyCorrection: CollectionAfterChangeHook<ProfileCorrection> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const cell = idOf(doc.org)
  const member = idOf(doc.member)
  if (cell === undefined || member === undefined) return doc
  if (operation === 'create') {
    const asker = typeof doc.member === 'object' ? doc.member.fullName : undefined
    const who =
      asker ?? (await req.payload.findByID({ collection: 'users', id: member, depth: 0, req })).fullName
    await sendNotice(req.payload, {
      fromOrg: cell,
      title: CORRECTION_NOTICE_TITLE,
      body: `Đồng chí ${who} đề nghị sửa ${change(doc)}.${doc.note ? `\n\nGhi chú: ${doc.note}` : ''}\n\nXem và xử lý trong trang quản trị: Tổ chức và đảng viên → Đề nghị sửa thông tin.`,
      target: { org: cell, roles: ['secretary'] },
      req,
    })
  } else if (doc.status !== previousDoc?.status && doc.status !== 'new') {
    await sendNotice(req.payload, {
      fromOrg: cell,
      title: DECISION_NOTICE_TITLE,
      body: `Đề nghị sửa ${change(doc)}: ${statusLabel(doc)}.`,
      target: { users: [member] },
      req,
    })
  }
  return doc
}
