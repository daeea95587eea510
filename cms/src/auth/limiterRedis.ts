/**
 * The Redis rate limiter: the same sliding log kept in a sorted set per key, updated atomically by one Lua
 * script. If Redis stops answering, attempts are counted in memory instead, so sign-in keeps working.
 */
import { Redis } from 'ioredis'
import type { RateLimitDecision, RateLimiter, RateLimitRule } from './limiter.ts'

export interface RedisRateLimiterOptions {
  url: string
  /** Prefix of every key, so several deployments can share a Redis. */
  prefix?: string
  /** Used while Redis is unreachable. */
  fallback: RateLimiter
  now?: () => number
  log?: (line: string) => void
}

// KEYS[1] the log; ARGV: now, window, limit, unique member. Returns {allowed, ms until the oldest leaves}.
const SLIDING_WINDOW = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])}
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, 0}
`

// The same window without adding an attempt (expired ones are still dropped): KEYS[1]; ARGV: now, window, limit.
const PEEK = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])}
end
return {1, 0}
`

export interface RedisRateLimiter extends RateLimiter {
  redis: Redis
  close(): Promise<void>
  /** Attempts counted by the fallback because Redis did not answer. */
  fallbacks: number
}

export function redisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const now = options.now ?? Date.now
  const prefix = options.prefix ?? 'sotay:rl:'
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

  const limiter: RedisRateLimiter = {
    redis,
    fallbacks: 0,
    async hit(key: string, rule: RateLimitRule): Promise<RateLimitDecision> {
      const t = now()
      try {
        const [allowed, waitMs] = (await redis.eval(
          SLIDING_WINDOW,
          1,
          `${prefix}${key}`,
          t,
          rule.windowMs,
          rule.limit,
          `${t}:${Math.random().toString(36).slice(2)}`,
        )) as [number, number]
        return { allowed: allowed === 1, retryAfterSeconds: allowed === 1 ? 0 : Math.ceil(waitMs / 1000) }
      } catch {
        limiter.fallbacks += 1
        return options.fallback.hit(key, rule)
      }
    },
    async peek(key: string, rule: RateLimitRule): Promise<RateLimitDecision> {
      const t = now()
      try {
        const [allowed, waitMs] = (await redis.eval(
          PEEK,
          1,
          `${prefix}${key}`,
          t,
          rule.windowMs,
          rule.limit,
        )) as [number, number]
        return { allowed: allowed === 1, retryAfterSeconds: allowed === 1 ? 0 : Math.ceil(waitMs / 1000) }
      } catch {
        limiter.fallbacks += 1
        return options.fallback.peek(key, rule)
      }
    },
    async close() {
      redis.disconnect()
    },
  }
  return limiter
}
