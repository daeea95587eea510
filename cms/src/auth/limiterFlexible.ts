/**
 * Our `RateLimiter` on rate-limiter-flexible: one of its limiters per rule (it fixes points and duration per
 * instance, we pass the rule per call), a fixed window opened by a key's first attempt.
 */
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import type { RateLimitDecision, RateLimiter, RateLimitRule } from './limiter.ts'

export type MakeFlexibleLimiter = (options: {
  points: number
  duration: number
  keyPrefix: string
}) => RateLimiterAbstract

const ALLOWED: RateLimitDecision = { allowed: true, retryAfterSeconds: 0 }
const refused = (res: RateLimiterRes): RateLimitDecision => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
})

export function flexibleRateLimiter(make: MakeFlexibleLimiter, prefix = 'sotay:rl'): RateLimiter {
  const byRule = new Map<string, RateLimiterAbstract>()
  const limiterFor = (rule: RateLimitRule) => {
    const id = `${rule.limit}x${rule.windowMs}`
    let limiter = byRule.get(id)
    if (!limiter) {
      limiter = make({ points: rule.limit, duration: rule.windowMs / 1000, keyPrefix: `${prefix}:${id}` })
      byRule.set(id, limiter)
    }
    return limiter
  }

  return {
    async hit(key, rule) {
      try {
        await limiterFor(rule).consume(key)
        return ALLOWED
      } catch (error) {
        // A refusal comes back as a rejected RateLimiterRes; anything else is the store failing.
        if (error instanceof RateLimiterRes) return refused(error)
        throw error
      }
    },
    async peek(key, rule) {
      const res = await limiterFor(rule).get(key)
      return res && res.msBeforeNext > 0 && res.consumedPoints >= rule.limit ? refused(res) : ALLOWED
    },
  }
}
