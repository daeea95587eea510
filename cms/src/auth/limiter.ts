/**
 * Rate limits (giới hạn số lần thử): a fixed window per key (rate-limiter-flexible), in memory by default or in Redis when
 * REDIS_URL is set. Kept here, beside the sign-in policy, because every sign-in door (Payload's /api/users/*
 * in the Next process, /fn/session/* in the front server) must count on the same keys; with Redis they also
 * count in the same place.
 */
import { memoryRateLimiter } from './limiterMemory.ts'
import { redisRateLimiter } from './limiterRedis.ts'

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
  /**
   * Says whether one more attempt would be allowed, counting nothing: failures are recorded with `hit` only
   * once they have happened, so that successful sign-ins from a shared address never use up its allowance.
   */
  peek(key: string, rule: RateLimitRule): Promise<RateLimitDecision>
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

const shared = globalThis as { __sotaySignInLimiter?: RateLimiter }

/**
 * The process's one limiter for sign-in, used by every door. On globalThis because Next may load this module
 * more than once (route bundles), and two copies would count apart.
 */
export function signInLimiter(): RateLimiter {
  shared.__sotaySignInLimiter ??= createRateLimiter({ redisUrl: process.env.REDIS_URL })
  return shared.__sotaySignInLimiter
}
