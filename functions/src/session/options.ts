/** What the session functions need: the Payload to sign in against and the one sign-in policy's rules. */

import type { RateLimiter, RateLimitRule } from '@sotay/cms/auth'
import { type SignInRules, signInRules } from '@sotay/cms/auth'
import type { PayloadSource } from '../http/payloadReady.ts'
import { processRevocations, type Revocations } from './revocations.ts'

export interface SessionOptions {
  /** Payload (Local API); a promise lets the server answer before the CMS has finished loading. */
  payload: PayloadSource
  /**
   * Counts attempts; by default the process's shared sign-in limiter (memory, or Redis when REDIS_URL is set),
   * the one Payload's /api/users/login counts on too.
   */
  rateLimiter?: RateLimiter
  /** Failed sign-ins and activations per client IP (successes are not counted: a hall shares one address). */
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
  /** Where sign-outs and resets are told to the lean session checks; by default this process's (Redis with REDIS_URL). */
  revocations?: Revocations
}

export interface SessionContext {
  /** The sign-in policy's limiter, limits and floor (cms/src/auth/signInPolicy.ts). */
  rules: SignInRules
  rateLimiter: RateLimiter
  perActor: RateLimitRule
  revocations: Revocations
}

export function sessionContext(options: SessionOptions): SessionContext {
  const rules = signInRules({
    limiter: options.rateLimiter,
    perAccount: options.perAccount,
    failuresPerIp: options.perIp,
    floorMs: options.failureFloorMs,
  })
  return {
    rules,
    rateLimiter: rules.limiter,
    perActor: options.perActor ?? { limit: 60, windowMs: 10 * 60_000 },
    revocations: options.revocations ?? processRevocations(),
  }
}
