/**
 * The first time a survey is published, one notice goes through the notices pipeline to the subtree of its
 * org, with a link to the survey in the member app. The notice is remembered on the survey, so saving it
 * again (or unpublishing and publishing) does not send a second one.
 */
import { idOf, viDateTime } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Survey } from '../../../payload-types.ts'
import { sendNotice } from '../../Notices/fanout/sendNotice.ts'

/** Set on a request's context to publish surveys without a notice (the demo seed). */
export const SURVEYS_QUIET_CONTEXT = 'surveysQuiet'

/** The member app's page of a survey. */
export const surveyPath = (id: number | string) => `/thanh-vien/khao-sat/#${id}`

export const noticeSubtree: CollectionAfterChangeHook<Survey> = async ({ doc, req }) => {
  const org = idOf(doc.org)
  if (req.context[SURVEYS_QUIET_CONTEXT] || !doc.published || doc.notice || org === undefined) return doc
  const until = doc.closesAt ? `\nHạn trả lời: ${viDateTime(doc.closesAt)}.` : ''
  const notice = await sendNotice(req.payload, {
    fromOrg: org,
    title: `Khảo sát: ${doc.title}`.slice(0, 200),
    body: `${doc.anonymous ? 'Phiếu khảo sát ẩn danh: không ai biết đồng chí trả lời gì.' : 'Đề nghị đồng chí trả lời phiếu khảo sát.'}${until}\n\nTrả lời tại: ${surveyPath(doc.id)}`,
    target: { org },
    req,
  })
  await req.payload.update({
    collection: 'surveys',
    id: doc.id,
    data: { notice: notice.id },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { ...doc, notice: notice.id }
}
