/** A deleted FAQ entry leaves this process's bank at once. */
import type { CollectionAfterDeleteHook } from 'payload'
import type { Faq } from '../../../payload-types.ts'
import { faqBank } from '../bank.ts'

export const unindexFaqEntry: CollectionAfterDeleteHook<Faq> = async ({ id }) => {
  await faqBank().remove([String(id)])
}
