/** Sends a person's answer to the asker as a notice (thông báo) in their inbox and on their phone. */
import { idOf, type Ref } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import { sendNotice } from '../collections/Notices/fanout/sendNotice.ts'

export const ANSWER_NOTICE_TITLE = 'Trả lời câu hỏi của đồng chí'

export function answerNoticeBody(question: string, answer: string): string {
  return `Câu hỏi: ${question}\n\nTrả lời: ${answer}`
}

export const notifyAsker: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const answered = doc.status === 'answered' && Boolean(doc.answer)
  const isNew =
    operation === 'update' && (previousDoc?.status !== 'answered' || previousDoc?.answer !== doc.answer)
  if (!answered || !isNew) return doc
  await sendNotice(req.payload, {
    // From the org that answered; the asker lives inside its subtree (their cell, or the committee above it).
    fromOrg: (idOf(doc.assignedOrg as Ref) ?? idOf(doc.org as Ref))!,
    title: ANSWER_NOTICE_TITLE,
    body: answerNoticeBody(doc.text, doc.answer),
    target: { users: [idOf(doc.asker as Ref)!] },
    req,
  })
  return doc
}
