/**
 * "Đưa vào ngân hàng hỏi đáp": an answered question becomes an FAQ entry with the question and the
 * answer only — never the asker — owned by the org that answered, as a draft or published.
 */
import { idOf, type Ref } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'

export const publishToFaq: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const merged = { ...originalDoc, ...data }
  if (operation !== 'update' || !merged.publishToFaq || idOf(merged.faqEntry as Ref) !== undefined)
    return data
  if (merged.status !== 'answered' || !merged.answer) return data
  const entry = await req.payload.create({
    collection: 'faq',
    data: {
      question: merged.text,
      answer: merged.answer,
      category: merged.faqCategory ?? 'khac',
      audience: merged.faqAudience ?? 'members',
      org: idOf(merged.assignedOrg as Ref) ?? idOf(merged.org as Ref),
      alternatives: [],
      _status: merged.faqPublish ? 'published' : 'draft',
    },
    draft: !merged.faqPublish,
    depth: 0,
    // As the admin who pressed the button: they must be allowed to write FAQ entries for that org.
    user: req.user,
    overrideAccess: false,
    req,
  })
  data.faqEntry = entry.id
  return data
}
