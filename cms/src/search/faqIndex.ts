/**
 * Keeps this process's FAQ bank in step with the `faq` collection: hooks on change and delete,
 * a rebuild on init, and a cheap freshness check for processes that did not see the hooks fire
 * (the functions server runs beside the CMS, not inside it).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
} from 'payload'
import { createSearchIndex } from './createIndex.ts'
import { FaqBank, type FaqEntry } from './faqBank.ts'
import { visibilityTags } from './visibility.ts'

interface FaqDoc {
  id: number | string
  question: string
  alternatives?: { text: string }[] | null
  audience?: string | null
  org?: number | string | { id: number | string } | null
  _status?: string | null
  updatedAt?: string
}

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

export const toFaqEntry = (doc: FaqDoc): FaqEntry => ({
  id: String(doc.id),
  question: doc.question,
  alternatives: (doc.alternatives ?? []).map((a) => a.text).filter(Boolean),
  visibleTo: visibilityTags(doc),
})

/** Indexes the published state of one entry, or drops it when there is none. */
async function syncOne(req: PayloadRequest, id: number | string) {
  const found = await req.payload.find({
    collection: 'faq',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0] as FaqDoc | undefined
  // A draft saved over a published entry leaves the published one in place; it stays findable.
  if (doc?._status === 'published') await faqBank().upsert([toFaqEntry(doc)])
  else await faqBank().remove([String(id)])
}

const indexAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncOne(req, doc.id)
  return doc
}

const indexAfterDelete: CollectionAfterDeleteHook = async ({ id }) => {
  await faqBank().remove([String(id)])
}

/** The `faq` collection with the index hooks attached. */
export function withFaqIndex(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), indexAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), indexAfterDelete],
    },
  }
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
  return `${latest.totalDocs}:${(latest.docs[0] as FaqDoc | undefined)?.updatedAt ?? ''}`
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
  await faqBank().replaceAll((all.docs as FaqDoc[]).map(toFaqEntry))
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
