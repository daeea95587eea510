/** Retries for transient failures: jittered exponential backoff that honours Retry-After, with a bounded number of attempts. */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  baseMs: number
  maxMs: number
  /** A Retry-After longer than this is not waited for: the delivery is recorded as failed instead. */
  maxRetryAfterMs: number
  random?: () => number
  sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseMs: 500,
  maxMs: 30_000,
  maxRetryAfterMs: 120_000,
}

/** What one attempt came to. `transient` failures may be retried; the others are final. */
export type Attempt =
  | { ok: true; status?: number }
  | { ok: false; transient: boolean; status?: number; reason: string; retryAfterMs?: number; gone?: boolean }

export type Outcome = Attempt & { attempts: number }

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3); returns milliseconds, or undefined. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** "Full jitter" backoff (a random delay up to base·2^n, capped), but never sooner than the server asked. */
export function backoffDelay(retry: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const random = policy.random ?? Math.random
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** retry)
  const jittered = Math.round(random() * ceiling)
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function withRetry(
  attempt: () => Promise<Attempt>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<Outcome> {
  let result: Attempt = { ok: false, transient: true, reason: 'Chưa thử gửi.' }
  for (let n = 1; n <= policy.attempts; n++) {
    result = await attempt()
    if (result.ok || !result.transient || n === policy.attempts) return { ...result, attempts: n }
    if (result.retryAfterMs !== undefined && result.retryAfterMs > policy.maxRetryAfterMs) {
      return {
        ...result,
        transient: false,
        attempts: n,
        reason: `${result.reason} Dịch vụ yêu cầu chờ quá lâu.`,
      }
    }
    await (policy.sleep ?? sleep)(backoffDelay(n - 1, policy, result.retryAfterMs))
  }
  return { ...result, attempts: policy.attempts }
}
