/** What the questions functions need: Payload, the answer bank's matcher, and the limits. */

import type { RateLimiter, RateLimitRule } from '@sotay/cms/auth'
import { memoryRateLimiter } from '@sotay/cms/auth'
import type { Payload } from 'payload'
import type { PayloadSource } from '../http/payloadReady.ts'

export interface FaqHit {
  id: string
  score: number
}

/** The answer bank as the functions see it (cms/src/search/faqBank.ts implements it). */
export interface FaqMatcher {
  match(
    question: string,
    options: { reader?: unknown; limit?: number },
  ): Promise<(FaqHit & { confidence: number })[]>
  search(query: string, options: { reader?: unknown; limit?: number }): Promise<FaqHit[]>
}

export interface QuestionsOptions {
  /** Payload (Local API); a promise or a loader lets the server answer before the CMS has finished loading. */
  payload: PayloadSource
  /** The answer bank, or a function returning an up-to-date one (the CMS may have changed it). */
  index: FaqMatcher | ((payload: Payload) => Promise<FaqMatcher>)
  /** Counts questions per account; memory by default. */
  rateLimiter?: RateLimiter
  /** Questions (and "not helpful" presses) per account. */
  perAccount?: RateLimitRule
  /** Confidence from which the bank answers without a person. */
  threshold?: number
  /** Origins accepted besides the request's own. */
  allowedOrigins?: string[]
}

export interface QuestionsContext {
  index: (payload: Payload) => Promise<FaqMatcher>
  rateLimiter: RateLimiter
  perAccount: RateLimitRule
  threshold?: number
}

export function questionsContext(options: QuestionsOptions): QuestionsContext {
  const { index } = options
  return {
    index: typeof index === 'function' ? index : async () => index,
    rateLimiter: options.rateLimiter ?? memoryRateLimiter(),
    // Twenty questions an hour is far more than a member asks; it stops a script filling a cell's inbox.
    perAccount: options.perAccount ?? { limit: 20, windowMs: 3600_000 },
    threshold: options.threshold,
  }
}
