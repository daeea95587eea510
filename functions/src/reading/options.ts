/** What the reading functions need: Payload, the member content index, and the FAQ bank's matcher. */
import type { ContentHit, ContentKind } from '@sotay/cms/search'
import type { Payload } from 'payload'
import type { PayloadSource } from '../http/payloadReady.ts'
import type { FaqMatcher } from '../questions/options.ts'

/** The member content index as the functions see it (cms/src/search/contentIndex.ts implements it). */
export interface ContentSearch {
  search(
    query: string,
    options: { reader?: unknown; kinds?: readonly ContentKind[]; limit?: number },
  ): Promise<ContentHit[]>
}

export interface ReadingOptions {
  /** Payload (Local API); a promise or a loader lets the server answer before the CMS has finished loading. */
  payload: PayloadSource
  /** The content index kept current with the database (freshContentIndex). */
  index: (payload: Payload) => Promise<ContentSearch>
  /** The FAQ answer bank (freshFaqBank), for the ask form's suggestions. */
  faq: (payload: Payload) => Promise<FaqMatcher>
}

export type ReadingContext = Pick<ReadingOptions, 'index' | 'faq'>
