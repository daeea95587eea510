/**
 * A push service on this machine, for tests: it receives Web Push requests, checks the VAPID JWT's
 * signature, and decrypts the aes128gcm body with the subscriber's private key (http_ece, as browsers do).
 */
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: { version: string; privateKey: ECDH; authSecret: string }) => Buffer
}

export interface Subscriber {
  endpoint: string
  keys: { p256dh: string; auth: string }
  ecdh: ECDH
}

export interface Received {
  path: string
  message: Record<string, unknown>
  ttl: number
  urgency: string | null
  vapid: { sub: string; aud: string; k: string }
  /** Date.now() when it arrived. */
  at: number
}

/** Paths under /gone/ answer 410; under /flaky/ 503 once then 201; everything else 201. */
export async function startPushService() {
  const subscribers = new Map<string, Subscriber>()
  const received: Received[] = []
  const errors: string[] = []
  const seenFlaky = new Set<string>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? '/'
      try {
        if (path.startsWith('/flaky/') && !seenFlaky.has(path)) {
          seenFlaky.add(path)
          res.writeHead(503, { 'retry-after': '0' }).end()
          return
        }
        const subscriber = subscribers.get(path)
        if (!subscriber) throw new Error(`unknown subscription ${path}`)
        const vapid = checkVapid(String(req.headers.authorization), subscriber.endpoint)
        const plain = ece.decrypt(Buffer.concat(chunks), {
          version: 'aes128gcm',
          privateKey: subscriber.ecdh,
          authSecret: subscriber.keys.auth,
        })
        if (path.startsWith('/gone/')) {
          res.writeHead(410).end()
          return
        }
        received.push({
          path,
          message: JSON.parse(plain.toString('utf8')),
          ttl: Number(req.headers.ttl),
          urgency: (req.headers.urgency as string) ?? null,
          vapid,
          at: Date.now(),
        })
        res.writeHead(201).end()
      } catch (error) {
        errors.push(String(error))
        res.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let seq = 0
  return {
    origin,
    received,
    errors,
    /** A new browser subscription (its own key pair and auth secret), under `prefix`. */
    subscribe(prefix = 'sub'): Subscriber {
      const ecdh = createECDH('prime256v1')
      ecdh.generateKeys()
      const path = `/${prefix}/${++seq}-${randomBytes(4).toString('hex')}`
      const subscriber = {
        endpoint: `${origin}${path}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
        ecdh,
      }
      subscribers.set(path, subscriber)
      return subscriber
    },
    /** A subscription under `prefix`, registered as a Web Push device of `user` (what the member app does). */
    async registerPhone(payload: Payload, user: number | string, prefix = 'sub'): Promise<Subscriber> {
      const phone = this.subscribe(prefix)
      await payload.create({
        collection: 'devices',
        data: {
          kind: 'webpush',
          endpoint: phone.endpoint,
          keys: phone.keys,
          user: user as number,
          lastSeenAt: new Date().toISOString(),
        },
        depth: 0,
      })
      return phone
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292): ES256 over the JWT, aud = the push service's origin. */
function checkVapid(header: string, endpoint: string) {
  const match = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header)
  if (!match) throw new Error(`no VAPID header: ${header}`)
  const [jwt, k] = [match[1] as string, match[2] as string]
  const [h, p, s] = jwt.split('.') as [string, string, string]
  const raw = Buffer.from(k, 'base64url')
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  })
  const ok = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  )
  if (!ok) throw new Error('VAPID signature does not verify')
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
  if (claims.aud !== new URL(endpoint).origin) throw new Error(`VAPID aud ${claims.aud}`)
  if (!(claims.exp > Date.now() / 1000)) throw new Error('VAPID token expired')
  return { sub: claims.sub, aud: claims.aud, k }
}
