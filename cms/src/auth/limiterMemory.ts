/** The in-memory rate limiter (rate-limiter-flexible's RateLimiterMemory): counts in this process only. */
import { RateLimiterMemory } from 'rate-limiter-flexible'
import type { RateLimiter } from './limiter.ts'
import { flexibleRateLimiter } from './limiterFlexible.ts'

export function memoryRateLimiter(): RateLimiter {
  return flexibleRateLimiter((options) => new RateLimiterMemory(options))
}
