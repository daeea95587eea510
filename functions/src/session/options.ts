/** What the session functions need: the Payload to sign in against, the rate limiter and the limits. */
import type { Payload } from 'payload'
import type { RateLimiter, RateLimitRule } from '../http/rateLimit.ts'
import { memoryRateLimiter } from '../http/rateLimitMemory.ts'

export interface SessionOptions {
  /** Payload (Local API); a promise lets the server answer before the CMS has finished loading. */
  payload: Payload | Promise<Payload>
  /** Counts attempts; memory by default, Redis through createRateLimiter({ redisUrl }). */
  rateLimiter?: RateLimiter
  /** Attempts per client IP (shared by a whole commune hall's Wi-Fi, so generous). */
  perIp?: RateLimitRule
  /** Attempts per card number (sign-in and activation), on top of Payload's lockout after 5 failures. */
  perAccount?: RateLimitRule
  /** Resets per secretary. */
  perActor?: RateLimitRule
  /** Origins accepted besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
  /** A failed sign-in is answered no sooner than this after it arrived, so every failure takes as long. */
  failureFloorMs?: number
  /** Largest request body, in bytes. */
  maxBodyBytes?: number
}

export interface SessionContext {
  payload: () => Promise<Payload>
  rateLimiter: RateLimiter
  perIp: RateLimitRule
  perAccount: RateLimitRule
  perActor: RateLimitRule
  allowedOrigins: string[]
  failureFloorMs: number
  maxBodyBytes: number
}

export function sessionContext(options: SessionOptions): SessionContext {
  const payload = Promise.resolve(options.payload)
  // A rejected promise would otherwise be reported as unhandled before the first request.
  payload.catch(() => {})
  return {
    payload: () => payload,
    rateLimiter: options.rateLimiter ?? memoryRateLimiter(),
    perIp: options.perIp ?? { limit: 60, windowMs: 10 * 60_000 },
    perAccount: options.perAccount ?? { limit: 10, windowMs: 15 * 60_000 },
    perActor: options.perActor ?? { limit: 60, windowMs: 10 * 60_000 },
    allowedOrigins: options.allowedOrigins ?? [],
    failureFloorMs: options.failureFloorMs ?? 400,
    maxBodyBytes: options.maxBodyBytes ?? 4 * 1024,
  }
}
