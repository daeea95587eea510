/**
 * "Đưa vào ngân hàng hỏi đáp": an answered question becomes an FAQ entry with the question and the
 * answer only — never the asker — owned by the org that answered, as a draft or published.
 */
import { idOf } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Question } from '../../../payload-types.ts'

export const publishToFaq: CollectionBeforeChangeHook<Question> = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const merged = { ...originalDoc, ...data }
  if (!merged.publishToFaq || idOf(merged.faqEntry) !== undefined) return data
  if (merged.status !== 'answered' || !merged.answer) return data
  const entry = {
    question: merged.text,
    answer: merged.answer,
    category: merged.faqCategory ?? 'khac',
    audience: merged.faqAudience ?? 'members',
    org: merged.assignedOrg ?? merged.org,
    alternatives: [],
  }
  // As the admin who pressed the button: they must be allowed to write FAQ entries for that org.
  const as = { collection: 'faq', depth: 0, user: req.user, overrideAccess: false, req } as const
  const created = merged.faqPublish
    ? await req.payload.create({ ...as, data: { ...entry, _status: 'published' } })
    : await req.payload.create({ ...as, data: { ...entry, _status: 'draft' }, draft: true })
  data.faqEntry = created.id
  return data
}
