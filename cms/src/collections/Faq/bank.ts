/**
 * This process's FAQ bank, kept in step with the `faq` collection: the hooks sync one entry, init rebuilds
 * all, and a cheap freshness check serves processes that did not see the hooks fire (the functions server
 * runs beside the CMS, not inside it).
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Faq } from '../../payload-types.ts'
import { createSearchIndex } from '../../search/createIndex.ts'
import { FaqBank, type FaqEntry } from '../../search/faqBank.ts'
import { visibilityTags } from '../../search/visibility.ts'

const shared = globalThis as {
  __sotayFaqBank?: FaqBank
  __sotayFaqStamp?: string
  __sotayFaqChecked?: number
}

/** The process-wide FAQ bank (one per process, whatever module copies the bundler made). */
export function faqBank(): FaqBank {
  shared.__sotayFaqBank ??= new FaqBank(createSearchIndex('faq'))
  return shared.__sotayFaqBank
}

export const toFaqEntry = (doc: Faq): FaqEntry => ({
  id: String(doc.id),
  question: doc.question,
  alternatives: (doc.alternatives ?? []).map((a) => a.text).filter(Boolean),
  answer: doc.answer,
  visibleTo: visibilityTags(doc),
})

/** Indexes the published state of one entry, or drops it when there is none. */
export async function syncFaqEntry(req: PayloadRequest, id: number | string) {
  const found = await req.payload.find({
    collection: 'faq',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = found.docs.at(0)
  // A draft saved over a published entry leaves the published one in place; it stays findable.
  if (doc?._status === 'published') await faqBank().upsert([toFaqEntry(doc)])
  else await faqBank().remove([String(id)])
}

/** What changed last and how many are published: a rebuild is due when this differs. */
async function faqStamp(payload: Payload): Promise<string> {
  const latest = await payload.find({
    collection: 'faq',
    where: { _status: { equals: 'published' } },
    sort: '-updatedAt',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return `${latest.totalDocs}:${latest.docs.at(0)?.updatedAt ?? ''}`
}

/** Reads every published entry into the bank. */
export async function rebuildFaqBank(payload: Payload): Promise<FaqBank> {
  const stamp = await faqStamp(payload)
  const all = await payload.find({
    collection: 'faq',
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  await faqBank().replaceAll(all.docs.map(toFaqEntry))
  shared.__sotayFaqStamp = stamp
  shared.__sotayFaqChecked = Date.now()
  return faqBank()
}

/** At most every `everyMs`, rebuilds the bank if the collection changed since the last rebuild. */
export async function freshFaqBank(payload: Payload, everyMs = 5_000): Promise<FaqBank> {
  if (shared.__sotayFaqChecked !== undefined && Date.now() - shared.__sotayFaqChecked < everyMs)
    return faqBank()
  shared.__sotayFaqChecked = Date.now()
  if ((await faqStamp(payload)) !== shared.__sotayFaqStamp) await rebuildFaqBank(payload)
  return faqBank()
}
