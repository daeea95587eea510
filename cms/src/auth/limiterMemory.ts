/** The in-memory rate limiter: a sliding log of attempt times per key, bounded in keys. */
import type { RateLimitDecision, RateLimiter, RateLimitRule } from './limiter.ts'

export interface MemoryRateLimiterOptions {
  /** Clock in milliseconds; tests move it instead of waiting. */
  now?: () => number
  /** Keys kept at most; the least recently used go first (an attacker rotating keys cannot grow memory). */
  maxKeys?: number
}

export function memoryRateLimiter(options: MemoryRateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now
  const maxKeys = options.maxKeys ?? 100_000
  const logs = new Map<string, number[]>()

  const decide = (key: string, rule: RateLimitRule, count: boolean): RateLimitDecision => {
    const t = now()
    const since = t - rule.windowMs
    const log = (logs.get(key) ?? []).filter((at) => at > since)
    logs.delete(key)
    let decision: RateLimitDecision
    if (log.length >= rule.limit) {
      decision = { allowed: false, retryAfterSeconds: Math.ceil((log[0] + rule.windowMs - t) / 1000) }
    } else {
      if (count) log.push(t)
      decision = { allowed: true, retryAfterSeconds: 0 }
    }
    if (log.length) logs.set(key, log)
    if (logs.size > maxKeys) logs.delete(logs.keys().next().value as string)
    return decision
  }

  return {
    async hit(key, rule) {
      return decide(key, rule, true)
    },
    async peek(key, rule) {
      return decide(key, rule, false)
    },
  }
}
