/**
 * Rate limits (giới hạn số lần thử): a sliding window per key, in memory by default or in Redis when
 * REDIS_URL is set so several front servers share the counts. Refusals are 429 with Retry-After.
 */
import { jsonError } from './json.ts'
import { memoryRateLimiter } from './rateLimitMemory.ts'
import { redisRateLimiter } from './rateLimitRedis.ts'

export interface RateLimitRule {
  /** Attempts allowed within the window. */
  limit: number
  windowMs: number
}

export interface RateLimitDecision {
  allowed: boolean
  /** Whole seconds until the next attempt is allowed; 0 when allowed. */
  retryAfterSeconds: number
}

export interface RateLimiter {
  /** Counts one attempt under `key` and says whether it may go ahead. */
  hit(key: string, rule: RateLimitRule): Promise<RateLimitDecision>
  close?(): Promise<void>
}

export interface RateLimiterFromEnvOptions {
  redisUrl?: string
  log?: (line: string) => void
}

/** Redis when a URL is given, memory otherwise. */
export function createRateLimiter(options: RateLimiterFromEnvOptions = {}): RateLimiter {
  return options.redisUrl
    ? redisRateLimiter({ url: options.redisUrl, fallback: memoryRateLimiter(), log: options.log })
    : memoryRateLimiter()
}

export function tooManyRequests(decision: RateLimitDecision): Response {
  const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
  return jsonError(
    429,
    'too_many_requests',
    `Bạn đã thử quá nhiều lần. Vui lòng đợi khoảng ${minutes} phút rồi thử lại.`,
    { 'retry-after': String(Math.max(1, decision.retryAfterSeconds)) },
  )
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
