/**
 * The Redis rate limiter (rate-limiter-flexible's RateLimiterRedis): every front server and function counts on
 * the same keys. If Redis stops answering, attempts are counted in memory instead, so sign-in keeps working.
 */
import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import type { RateLimitDecision, RateLimiter, RateLimitRule } from './limiter.ts'
import { flexibleRateLimiter } from './limiterFlexible.ts'

export interface RedisRateLimiterOptions {
  url: string
  /** Prefix of every key, so several deployments can share a Redis. */
  prefix?: string
  /** Used while Redis is unreachable. */
  fallback: RateLimiter
  log?: (line: string) => void
}

export interface RedisRateLimiter extends RateLimiter {
  redis: Redis
  close(): Promise<void>
  /** Attempts counted by the fallback because Redis did not answer. */
  fallbacks: number
}

export function redisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const prefix = options.prefix ?? 'sotay:rl'
  const log = options.log ?? ((line: string) => console.warn(line))
  // Commands wait for the first connection, but never long: a down Redis fails fast and the fallback answers.
  const redis = new Redis(options.url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
  })
  let warned = false
  redis.on('error', (error) => {
    if (!warned) log(`[rate-limit] Redis không trả lời (${error.message}); tạm đếm trong bộ nhớ.`)
    warned = true
  })
  redis.on('ready', () => {
    warned = false
  })

  const counted = flexibleRateLimiter(
    (limits) => new RateLimiterRedis({ ...limits, storeClient: redis }),
    prefix,
  )
  /** Redis's answer, or the fallback's when Redis fails (a refusal is an answer, not a failure). */
  const orFallback =
    (op: 'hit' | 'peek') =>
    async (key: string, rule: RateLimitRule): Promise<RateLimitDecision> => {
      try {
        return await counted[op](key, rule)
      } catch {
        limiter.fallbacks += 1
        return options.fallback[op](key, rule)
      }
    }

  const limiter: RedisRateLimiter = {
    redis,
    fallbacks: 0,
    hit: orFallback('hit'),
    peek: orFallback('peek'),
    async close() {
      redis.disconnect()
    },
  }
  return limiter
}
