/** Rate limits as HTTP answers: refusals are 429 with Retry-After and a Vietnamese message. */
// The limiter lives beside the sign-in policy in the CMS, which both processes load: one set of keys.
import {
  type RateLimitDecision,
  type RateLimiter,
  type RateLimitRule,
  tooManyAttempts,
} from '@sotay/cms/auth'
import { jsonError } from './json.ts'

export function tooManyRequests(decision: RateLimitDecision): Response {
  return jsonError(429, 'too_many_requests', tooManyAttempts(decision.retryAfterSeconds), {
    'retry-after': String(Math.max(1, decision.retryAfterSeconds)),
  })
}

/** Hits every key (all are counted) and returns the first refusal, or null when all allow. */
export async function checkRateLimits(
  limiter: RateLimiter,
  hits: { key: string; rule: RateLimitRule }[],
): Promise<Response | null> {
  const decisions = await Promise.all(hits.map(({ key, rule }) => limiter.hit(key, rule)))
  const refused = decisions.filter((d) => !d.allowed)
  if (!refused.length) return null
  return tooManyRequests({
    allowed: false,
    retryAfterSeconds: Math.max(...refused.map((d) => d.retryAfterSeconds)),
  })
}
