/** A saved FAQ entry is (re)indexed in this process's bank as it is published, or dropped when it is not. */
import type { CollectionAfterChangeHook } from 'payload'
import type { Faq } from '../../../payload-types.ts'
import { syncFaqEntry } from '../bank.ts'

export const indexFaqEntry: CollectionAfterChangeHook<Faq> = async ({ doc, req }) => {
  await syncFaqEntry(req, doc.id)
  return doc
}
