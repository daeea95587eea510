/**
 * The VAPID `Authorization` header (RFC 8292) for one push service origin: an ES256 JWT signed once and reused
 * for most of its lifetime, so a fan-out signs once per push service instead of once per message.
 */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto'
import type { VapidKeys } from './vapid.ts'

/** Push services accept at most 24 h; a new token is signed an hour before the old one ends. */
const LIFETIME_S = 12 * 3600
const RENEW_BEFORE_S = 3600

interface Cached {
  header: string
  expiresAt: number
}

export interface VapidSigner {
  /** `vapid t=<JWT>, k=<public key>` for the push service at `audience` (an origin). */
  authorization(audience: string, nowMs?: number): string
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const JWT_HEADER = b64({ typ: 'JWT', alg: 'ES256' })

function privateKey(vapid: VapidKeys): KeyObject {
  const publicKey = Buffer.from(vapid.publicKey, 'base64url')
  return createPrivateKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: vapid.privateKey,
      x: publicKey.subarray(1, 33).toString('base64url'),
      y: publicKey.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  })
}

export function vapidSigner(vapid: VapidKeys): VapidSigner {
  const key = privateKey(vapid)
  const cache = new Map<string, Cached>()
  return {
    authorization(audience, nowMs = Date.now()) {
      const now = Math.floor(nowMs / 1000)
      const cached = cache.get(audience)
      if (cached && cached.expiresAt - RENEW_BEFORE_S > now) return cached.header
      const expiresAt = now + LIFETIME_S
      const claims = `${JWT_HEADER}.${b64({ aud: audience, exp: expiresAt, sub: vapid.subject })}`
      const signature = sign('sha256', Buffer.from(claims), { key, dsaEncoding: 'ieee-p1363' })
      const header = `vapid t=${claims}.${signature.toString('base64url')}, k=${vapid.publicKey}`
      cache.set(audience, { header, expiresAt })
      return header
    },
  }
}

const signers = new Map<string, VapidSigner>()

/** One signer (and its token cache) per key pair and subject for the life of the process. */
export function signerFor(vapid: VapidKeys): VapidSigner {
  const id = `${vapid.publicKey} ${vapid.subject}`
  let signer = signers.get(id)
  if (!signer) {
    signer = vapidSigner(vapid)
    signers.set(id, signer)
  }
  return signer
}
