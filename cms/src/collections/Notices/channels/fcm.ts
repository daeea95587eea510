/**
 * FCM (the Android app) through firebase-admin: 500 tokens a call (sendEachForMulticast's limit), a token
 * bucket within the 600,000 messages/minute quota, and tokens FCM no longer knows marked for pruning. HTTP v1
 * has no batch endpoint (the legacy one was shut down in June 2024): a call sends one v1 request per token,
 * all 500 at once, over the kept-alive agent.
 */
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { chunks } from '@sotay/content-schemas'
import { type App, deleteApp, initializeApp, type ServiceAccount } from 'firebase-admin/app'
import { getMessaging, type Messaging, type MulticastMessage } from 'firebase-admin/messaging'
import { serviceAccountCredential } from './fcmCredential.ts'
import { type PushMessage, ttlSeconds } from './message.ts'
import { backoffDelay, DEFAULT_RETRY, type Outcome, type RetryPolicy } from './retry.ts'
import { TokenBucket } from './tokenBucket.ts'

export const FCM_BATCH = 500
export const FCM_PER_MINUTE = 600_000

/** Codes after which a token will never work again: the device is pruned. */
const GONE = new Set(['messaging/registration-token-not-registered', 'messaging/invalid-registration-token'])
/** Codes worth another try later (firebase-admin itself already retried 503s once or twice). */
const TRANSIENT = new Set([
  'messaging/server-unavailable',
  'messaging/internal-error',
  'messaging/message-rate-exceeded',
  'messaging/quota-exceeded',
  'messaging/unknown-error',
  'app/network-error',
  'app/network-timeout',
])

export interface FcmOptions {
  /** The service account JSON (an object, the JSON text, or a path to it). */
  serviceAccount: ServiceAccount | string
  /** Used for every request (token and sends); tests point it at a local server. */
  httpAgent?: https.Agent
  perMinute?: number
  retry?: RetryPolicy
}

export interface FcmSender {
  send(targets: { id: string; token: string }[], message: PushMessage): Promise<Map<string, Outcome>>
  /** How many sendEachForMulticast calls were made (for the report). */
  calls: number
  close(): Promise<void>
}

let appSeq = 0

type AccountJson = ServiceAccount & {
  project_id?: string
  client_email?: string
  private_key?: string
  token_uri?: string
}

/** The service account as an object, JSON text or a file path; Google's JSON spells its keys in snake_case. */
function readServiceAccount(value: ServiceAccount | string) {
  const json: AccountJson =
    typeof value === 'string'
      ? JSON.parse(value.trim().startsWith('{') ? value : readFileSync(value, 'utf8'))
      : value
  return {
    projectId: String(json.projectId ?? json.project_id),
    clientEmail: String(json.clientEmail ?? json.client_email),
    privateKey: String(json.privateKey ?? json.private_key),
    tokenUri: json.token_uri,
  }
}

/** The sender configured from FCM_SERVICE_ACCOUNT (JSON or a path), or undefined when FCM is not set up. */
export function fcmFromEnv(): FcmSender | undefined {
  const account = process.env.FCM_SERVICE_ACCOUNT
  return account ? createFcmSender({ serviceAccount: account }) : undefined
}

export function createFcmSender(options: FcmOptions): FcmSender {
  const account = readServiceAccount(options.serviceAccount)
  const httpAgent = options.httpAgent ?? new https.Agent({ keepAlive: true, maxSockets: 64 })
  const app: App = initializeApp(
    {
      credential: serviceAccountCredential(account, httpAgent),
      httpAgent,
      projectId: account.projectId,
    },
    `sotay-fcm-${++appSeq}`,
  )
  const messaging: Messaging = getMessaging(app)
  // HTTP/1.1 through httpAgent: the same path in production and in the HTTP-boundary test.
  messaging.enableLegacyHttpTransport()
  const bucket = new TokenBucket({ perMinute: options.perMinute ?? FCM_PER_MINUTE })
  const policy = options.retry ?? DEFAULT_RETRY

  const sender: FcmSender = {
    calls: 0,
    async send(targets, message) {
      const outcomes = new Map<string, Outcome>()
      for (const batch of chunks(targets, FCM_BATCH)) {
        let pending = batch
        for (let attempt = 1; pending.length; attempt++) {
          await bucket.take(pending.length)
          sender.calls += 1
          const retry = await sendChunk(messaging, pending, message, attempt, outcomes)
          if (!retry.length || attempt >= policy.attempts) {
            for (const t of retry)
              outcomes.set(t.id, { ...(outcomes.get(t.id) as Outcome), transient: false } as Outcome)
            break
          }
          await (policy.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(
            backoffDelay(attempt - 1, policy),
          )
          pending = retry
        }
      }
      return outcomes
    },
    close: () => deleteApp(app),
  }
  return sender
}

/** One sendEachForMulticast call; records each token's outcome and returns those to try again. */
async function sendChunk(
  messaging: Messaging,
  targets: { id: string; token: string }[],
  message: PushMessage,
  attempt: number,
  outcomes: Map<string, Outcome>,
): Promise<{ id: string; token: string }[]> {
  const multicast: MulticastMessage = {
    tokens: targets.map((t) => t.token),
    notification: { title: message.title, body: message.body },
    data: { url: message.url, noticeId: message.noticeId, priority: message.priority },
    android: {
      priority: message.priority === 'khan' ? 'high' : 'normal',
      ttl: ttlSeconds(message.priority) * 1000,
    },
  }
  let responses: { success: boolean; error?: { code: string; message: string } }[]
  try {
    responses = (await messaging.sendEachForMulticast(multicast)).responses
  } catch (error) {
    const reason = `Không gửi được qua FCM: ${(error as Error).message}`
    for (const t of targets) outcomes.set(t.id, { ok: false, transient: true, reason, attempts: attempt })
    return targets
  }
  // FCM answers INVALID_ARGUMENT for a malformed token, but also for a bad message: only a token that fails
  // while others in the same call succeed is taken to be bad.
  const someSucceeded = responses.some((r) => r.success)
  const retry: { id: string; token: string }[] = []
  for (const [index, response] of responses.entries()) {
    const target = targets[index] as { id: string; token: string }
    if (response.success) {
      outcomes.set(target.id, { ok: true, attempts: attempt })
      continue
    }
    const code = response.error?.code ?? 'messaging/unknown-error'
    if (GONE.has(code) || (code === 'messaging/invalid-argument' && someSucceeded)) {
      const reason =
        code === 'messaging/invalid-argument' || code === 'messaging/invalid-registration-token'
          ? 'Mã FCM không hợp lệ; đã xóa thiết bị.'
          : 'Mã FCM không còn được đăng ký (UNREGISTERED); đã xóa thiết bị.'
      outcomes.set(target.id, { ok: false, transient: false, gone: true, reason, attempts: attempt })
      continue
    }
    const transient = TRANSIENT.has(code)
    outcomes.set(target.id, {
      ok: false,
      transient,
      reason: `FCM từ chối (${code}): ${response.error?.message ?? ''}`.trim(),
      attempts: attempt,
    })
    if (transient) retry.push(target)
  }
  return retry
}
