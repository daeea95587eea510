/**
 * Web Push (RFC 8030/8291/8292): the body encrypted per message (`ece.ts`), the VAPID token reused per push
 * service (`vapidToken.ts`), sent over kept-alive connections per origin (`pushAgents.ts`); retries and
 * Retry-After stay in our hands (`retry.ts`).
 */
import http from 'node:http'
import https from 'node:https'
import { encryptPushPayload } from './ece.ts'
import type { PushMessage } from './message.ts'
import { ttlSeconds } from './message.ts'
import { type PushAgents, sharedPushAgents } from './pushAgents.ts'
import { classifyPushResponse, networkFailure } from './reasons.ts'
import { type Attempt, DEFAULT_RETRY, type Outcome, type RetryPolicy, withRetry } from './retry.ts'
import type { VapidKeys } from './vapid.ts'
import { signerFor } from './vapidToken.ts'

export interface WebPushTarget {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

const TIMEOUT_MS = 15_000

/** One POST to the push service: its status and headers, or the network error. */
function post(url: URL, headers: http.OutgoingHttpHeaders, body: Buffer, agent: http.Agent) {
  return new Promise<{ status: number; headers: Headers }>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: 'POST', headers, agent, timeout: TIMEOUT_MS },
      (response) => {
        response.resume()
        response.on('end', () => {
          const answer = new Headers()
          const retryAfter = response.headers['retry-after']
          if (retryAfter) answer.set('retry-after', String(retryAfter))
          resolve({ status: response.statusCode ?? 0, headers: answer })
        })
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
    request.on('error', reject)
    request.end(body)
  })
}

export async function sendWebPush(
  target: WebPushTarget,
  message: PushMessage,
  vapid: VapidKeys,
  policy: RetryPolicy = DEFAULT_RETRY,
  agents: PushAgents = sharedPushAgents(),
): Promise<Outcome> {
  let url: URL
  let body: Buffer
  try {
    url = new URL(target.endpoint)
    body = encryptPushPayload(Buffer.from(JSON.stringify(message)), target.keys)
  } catch (error) {
    // A malformed subscription (bad endpoint or keys) can never be delivered to.
    return {
      ok: false,
      transient: false,
      gone: true,
      attempts: 0,
      reason: `Khóa đăng ký không hợp lệ: ${(error as Error).message}`,
    }
  }
  const headers = {
    authorization: signerFor(vapid).authorization(url.origin),
    'content-encoding': 'aes128gcm',
    'content-type': 'application/octet-stream',
    'content-length': body.length,
    ttl: ttlSeconds(message.priority),
    urgency: message.priority === 'khan' ? 'high' : 'normal',
  }
  const attempt = async (): Promise<Attempt> => {
    try {
      const answer = await post(url, headers, body, agents.agentFor(url))
      return classifyPushResponse(answer.status, answer.headers)
    } catch (error) {
      return networkFailure({ cause: error }, 'dịch vụ đẩy')
    }
  }
  return withRetry(attempt, policy)
}
