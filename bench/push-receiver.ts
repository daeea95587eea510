/**
 * The local push service of `push.ts`, in its own process (the sender gets the other core): answers 201 to every
 * POST, and for one message in SAMPLE checks the VAPID header and decrypts the body with http_ece and the
 * subscriber's private key, as a browser would. Talks to its parent over IPC.
 */
import { createECDH, randomBytes } from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }) => Buffer
}
const SUBSCRIBERS = Number(process.argv[2] ?? 1000)
const SAMPLE = Number(process.argv[3] ?? 500)

const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  return {
    path: `/sub/${i}`,
    ecdh,
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  }
})
const byPath = new Map(subscribers.map((s) => [s.path, s]))
const stats = { received: 0, bare: 0, decrypted: 0, failures: [] as string[] }

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    if (req.url === '/bare') {
      stats.bare += 1
      res.writeHead(201).end()
      return
    }
    stats.received += 1
    if (stats.received % SAMPLE === 1) {
      try {
        const subscriber = byPath.get(req.url ?? '')
        if (!subscriber) throw new Error(`không có đăng ký ${req.url}`)
        if (!/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/.test(String(req.headers.authorization)))
          throw new Error('thiếu VAPID')
        const plain = ece.decrypt(Buffer.concat(chunks), {
          version: 'aes128gcm',
          privateKey: subscriber.ecdh,
          authSecret: subscriber.auth,
        })
        JSON.parse(plain.toString('utf8'))
        stats.decrypted += 1
      } catch (error) {
        stats.failures.push(String(error))
      }
    }
    res.writeHead(201).end()
  })
})
server.keepAliveTimeout = 120_000
server.listen(0, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.send?.({
    origin,
    subscriptions: subscribers.map((s) => ({
      endpoint: `${origin}${s.path}`,
      keys: { p256dh: s.p256dh, auth: s.auth },
    })),
  })
})
process.on('message', (m) => {
  if (m === 'stats') process.send?.(stats)
  if (m === 'exit') process.exit(0)
})
