/** Web Push (RFC 8030/8291/8292): web-push encrypts and signs, fetch sends, so retries and Retry-After stay in our hands. */

import webpush from 'web-push'
import type { PushMessage } from './message.ts'
import { ttlSeconds } from './message.ts'
import { classifyPushResponse, networkFailure } from './reasons.ts'
import { type Attempt, DEFAULT_RETRY, type Outcome, type RetryPolicy, withRetry } from './retry.ts'
import type { VapidKeys } from './vapid.ts'

export interface WebPushTarget {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

const TIMEOUT_MS = 15_000

export async function sendWebPush(
  target: WebPushTarget,
  message: PushMessage,
  vapid: VapidKeys,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<Outcome> {
  let details: ReturnType<typeof webpush.generateRequestDetails>
  try {
    details = webpush.generateRequestDetails(target, JSON.stringify(message), {
      vapidDetails: vapid,
      TTL: ttlSeconds(message.priority),
      urgency: message.priority === 'khan' ? 'high' : 'normal',
    })
  } catch (error) {
    // A malformed subscription (bad keys) can never be delivered to.
    return {
      ok: false,
      transient: false,
      gone: true,
      attempts: 0,
      reason: `Khóa đăng ký không hợp lệ: ${(error as Error).message}`,
    }
  }
  const headers = new Headers()
  for (const [name, value] of Object.entries(details.headers)) {
    if (name.toLowerCase() !== 'content-length') headers.set(name, String(value))
  }
  const attempt = async (): Promise<Attempt> => {
    try {
      const response = await fetch(details.endpoint, {
        method: details.method,
        headers,
        body: details.body ? new Uint8Array(details.body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.arrayBuffer()
      return classifyPushResponse(response.status, response.headers)
    } catch (error) {
      return networkFailure(error, 'dịch vụ đẩy')
    }
  }
  return withRetry(attempt, policy)
}
