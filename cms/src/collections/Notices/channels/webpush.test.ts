/** Our RFC 8291 encryption read back by http_ece (the reference decryption browsers follow), and the VAPID token cache. */
import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encryptPushPayload } from './ece.ts'
import { vapidKeys } from './vapid.ts'
import { vapidSigner } from './vapidToken.ts'

const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }) => Buffer
}

describe('Web Push encryption and VAPID', () => {
  it('encrypts so the subscriber’s keys decrypt it, with a fresh sender key each message', () => {
    const browser = createECDH('prime256v1')
    browser.generateKeys()
    const keys = {
      p256dh: browser.getPublicKey().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    }
    const text = JSON.stringify({ title: '[Khẩn] Họp chi bộ đột xuất', body: 'Đồng chí có mặt lúc 14 giờ.' })
    const first = encryptPushPayload(Buffer.from(text), keys)
    const second = encryptPushPayload(Buffer.from(text), keys)
    for (const body of [first, second]) {
      const plain = ece.decrypt(body, { version: 'aes128gcm', privateKey: browser, authSecret: keys.auth })
      expect(plain.toString('utf8')).toBe(text)
    }
    // Header: salt(16) rs(4) idlen(1) keyid(65); the sender's public key differs per message.
    expect(first.subarray(21, 86).equals(second.subarray(21, 86))).toBe(false)
    expect(() => encryptPushPayload(Buffer.from(text), { ...keys, p256dh: 'abc' })).toThrow(/P-256/)
  })

  it('signs one token per push service and reuses it until an hour before it ends', () => {
    const vapid = vapidKeys(mkdtempSync(path.join(tmpdir(), 'vapid-')))
    const signer = vapidSigner(vapid)
    const t0 = Date.UTC(2026, 11, 7, 3)
    const fcm = signer.authorization('https://fcm.googleapis.com', t0)
    expect(signer.authorization('https://fcm.googleapis.com', t0 + 10 * 3600_000)).toBe(fcm)
    expect(signer.authorization('https://updates.push.services.mozilla.com', t0)).not.toBe(fcm)
    const renewed = signer.authorization('https://fcm.googleapis.com', t0 + 11.5 * 3600_000)
    expect(renewed).not.toBe(fcm)

    const [, jwt, k] = /^vapid t=([^,]+), k=(.+)$/.exec(renewed) as RegExpExecArray
    const [h, p, s] = (jwt as string).split('.') as [string, string, string]
    const raw = Buffer.from(k as string, 'base64url')
    const key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33).toString('base64url'),
      },
      format: 'jwk',
    })
    expect(
      verify(
        'sha256',
        Buffer.from(`${h}.${p}`),
        { key, dsaEncoding: 'ieee-p1363' },
        Buffer.from(s, 'base64url'),
      ),
    ).toBe(true)
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
    expect(claims).toMatchObject({ aud: 'https://fcm.googleapis.com', sub: vapid.subject })
    expect(claims.exp - (t0 + 11.5 * 3600_000) / 1000).toBe(12 * 3600)
  })
})
