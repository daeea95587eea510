/** Sends a person's answer to the asker as a notice (thông báo) in their inbox and on their phone. */
import { idOf } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Question } from '../../../payload-types.ts'
import { sendNotice } from '../../Notices/fanout/sendNotice.ts'

export const ANSWER_NOTICE_TITLE = 'Trả lời câu hỏi của đồng chí'

export function answerNoticeBody(question: string, answer: string): string {
  return `Câu hỏi: ${question}\n\nTrả lời: ${answer}`
}

export const notifyAsker: CollectionAfterChangeHook<Question> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const isNew =
    operation === 'update' && (previousDoc?.status !== 'answered' || previousDoc?.answer !== doc.answer)
  if (doc.status !== 'answered' || !doc.answer || !isNew) return doc
  await sendNotice(req.payload, {
    // From the org that answered; the asker lives inside its subtree (their cell, or the committee above it).
    fromOrg: (idOf(doc.assignedOrg) ?? idOf(doc.org))!,
    title: ANSWER_NOTICE_TITLE,
    body: answerNoticeBody(doc.text, doc.answer),
    target: { users: [idOf(doc.asker)!] },
    req,
  })
  return doc
}
