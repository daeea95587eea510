/**
 * Tells the invited people: the invitation when a meeting is scheduled, a notice when its time or place changes,
 * and one when it is cancelled. Runs after `inviteMembers`, so the attendance rows exist; in the same transaction.
 * A meeting already past when written (a record kept afterwards) sends nothing.
 */
import type { CollectionAfterChangeHook } from 'payload'
import type { Meeting } from '../../../payload-types.ts'
import { invitees, kindLabel, MEETINGS_QUIET_CONTEXT, sendMeetingNotice, whenAndWhere } from '../notify.ts'

const moved = (doc: Meeting, before: Meeting) =>
  new Date(doc.startsAt).getTime() !== new Date(before.startsAt).getTime() ||
  new Date(doc.endsAt).getTime() !== new Date(before.endsAt).getTime() ||
  (doc.place ?? '') !== (before.place ?? '')

export const noticeInvited: CollectionAfterChangeHook<Meeting> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context[MEETINGS_QUIET_CONTEXT]) return doc
  if (new Date(doc.endsAt).getTime() < Date.now()) return doc
  let text: { title: string; body: string } | null = null
  if (operation === 'create' && doc.status === 'scheduled') {
    text = {
      title: `Giấy mời: ${doc.title}`,
      body: `${kindLabel(doc.kind)}.\n${whenAndWhere(doc)}\nĐề nghị đồng chí trả lời “Có mặt” hoặc “Vắng” (ghi lý do).`,
    }
  } else if (operation === 'update' && previousDoc) {
    if (doc.status === 'cancelled' && previousDoc.status !== 'cancelled') {
      text = {
        title: `Hủy cuộc họp: ${doc.title}`,
        body: `Cuộc họp dự kiến ${whenAndWhere(previousDoc).replace('Thời gian: ', '').replace('\n', ', ')} đã bị hủy.`,
      }
    } else if (doc.status === 'scheduled' && moved(doc, previousDoc)) {
      text = {
        title: `Thay đổi lịch họp: ${doc.title}`,
        body: `Lịch mới:\n${whenAndWhere(doc)}\nĐồng chí có thể sửa câu trả lời trước giờ họp.`,
      }
    }
  }
  if (!text) return doc
  const people = await invitees(req.payload, doc.id, req)
  await sendMeetingNotice(
    req.payload,
    doc,
    people.map((p) => p.member),
    text,
    req,
  )
  return doc
}
