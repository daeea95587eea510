/**
 * Web Push throughput: BENCH_PUSH_MESSAGES messages (default 20,000) encrypted (RFC 8291, a fresh ECDH key pair
 * each), VAPID-signed (one token per push service, reused) and POSTed over kept-alive connections with
 * BENCH_PUSH_CONCURRENCY in flight (default 32, the channels' default), to a local push service in another
 * process that decrypts a sample as a browser would; against the bare round trip of the same client, agent and
 * body size to the same receiver, and the encryption alone, in the same run. `tsx bench/push.ts`.
 */
import { fork } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { encryptPushPayload, pushAgents, sendWebPush, vapidKeys } from '@sotay/cms/notices'
import { printBenchLine } from './jsonLine.ts'

const MESSAGES = Number(process.env.BENCH_PUSH_MESSAGES ?? 20_000)
const CONCURRENCY = Number(process.env.BENCH_PUSH_CONCURRENCY ?? 32)
const SUBSCRIBERS = Math.min(MESSAGES, 1000)

type Subscription = { endpoint: string; keys: { p256dh: string; auth: string } }
interface Stats {
  received: number
  bare: number
  decrypted: number
  failures: string[]
}

const here = path.dirname(fileURLToPath(import.meta.url))
const receiver = fork(path.join(here, 'push-receiver.ts'), [String(SUBSCRIBERS), '500'], {
  execArgv: ['--import', 'tsx'],
  stdio: 'inherit',
})
const ask = <T>(message?: string) =>
  new Promise<T>((resolve) => {
    receiver.once('message', (m) => resolve(m as T))
    if (message) receiver.send(message)
  })
const { origin, subscriptions } = await ask<{ origin: string; subscriptions: Subscription[] }>()

const message = {
  title: '[Khẩn] Triệu tập họp Ban Chấp hành Đảng bộ tỉnh',
  body: 'Đề nghị các đồng chí Ủy viên Ban Chấp hành có mặt tại Hội trường Tỉnh ủy lúc 8 giờ ngày 08/12/2026 để quán triệt nhiệm vụ trọng tâm.',
  url: '/thanh-vien/hop-thu/#thong-bao-1',
  noticeId: '1',
  priority: 'khan' as const,
}
const vapid = vapidKeys(mkdtempSync(path.join(tmpdir(), 'sotay-push-bench-')))
const noRetry = { attempts: 1, baseMs: 0, maxMs: 0, maxRetryAfterMs: 0 }

/** Runs `work(i)` for i < count with CONCURRENCY in flight; messages per second. */
async function rate(count: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await work(next++)
    }),
  )
  return Math.round(count / ((performance.now() - started) / 1000))
}

// Warm both paths (JIT, sockets) before measuring.
const agents = pushAgents(CONCURRENCY)
let failed = 0
const push = (i: number) =>
  sendWebPush(subscriptions[i % subscriptions.length] as Subscription, message, vapid, noRetry, agents).then(
    (o) => {
      if (!o.ok) failed += 1
    },
  )
await rate(Math.min(500, MESSAGES), push)

const sample = encryptPushPayload(
  Buffer.from(JSON.stringify(message)),
  subscriptions[0]?.keys as Subscription['keys'],
)
const bareUrl = new URL(`${origin}/bare`)
const bare = () =>
  new Promise<void>((resolve, reject) => {
    const request = http.request(bareUrl, { method: 'POST', agent: agents.agentFor(bareUrl) }, (response) => {
      response.resume()
      response.on('end', () => resolve())
    })
    request.on('error', reject)
    request.end(sample)
  })
await rate(Math.min(500, MESSAGES), bare)
const before = await ask<Stats>('stats')

const encryptOnly = await rate(MESSAGES, async (i) => {
  encryptPushPayload(
    Buffer.from(JSON.stringify(message)),
    (subscriptions[i % subscriptions.length] as Subscription).keys,
  )
})
const bareRate = await rate(MESSAGES, bare)
const pushRate = await rate(MESSAGES, push)
const after = await ask<Stats>('stats')
receiver.send('exit')
agents.close()

const rows = [
  { case: 'webpush', messages: MESSAGES, concurrency: CONCURRENCY, messagesPerSecond: pushRate, failed },
  { case: 'encrypt-only', messages: MESSAGES, concurrency: 1, messagesPerSecond: encryptOnly, failed: 0 },
  {
    case: 'bare-roundtrip',
    messages: MESSAGES,
    concurrency: CONCURRENCY,
    messagesPerSecond: bareRate,
    failed: 0,
  },
]
console.log(
  `\nWeb Push tới dịch vụ đẩy cục bộ (tiến trình riêng), ${MESSAGES.toLocaleString('vi-VN')} tin, ${CONCURRENCY} yêu cầu đồng thời trên ${subscriptions.length} đăng ký\n`,
)
console.log('| đường | tin/giây | lỗi |')
console.log('|---|---|---|')
console.log(`| Web Push: mã hóa RFC 8291 + VAPID + gửi (thật) | ${pushRate} | ${failed} |`)
console.log(`| chỉ mã hóa (ECDH + HKDF + AES-GCM), một luồng | ${encryptOnly} | |`)
console.log(`| POST trần cùng kích thước, cùng kết nối (mốc) | ${bareRate} | |`)
const decrypted = after.decrypted - before.decrypted
console.log(
  `\nDịch vụ đẩy nhận ${after.received - before.received} tin đo; giải mã thử ${decrypted} mẫu, lỗi ${after.failures.length}${after.failures.length ? `: ${after.failures[0]}` : ''}`,
)
printBenchLine(
  'push',
  rows.map((r) => ({ ...r, decryptedSamples: decrypted, sampleFailures: after.failures.length })),
)
if (failed || after.failures.length || after.received - before.received !== MESSAGES) process.exitCode = 1
