/**
 * RFC 8291 message encryption for Web Push (aes128gcm, RFC 8188, one record) with node:crypto alone. A fresh
 * ECDH key pair per message, as the RFC asks: that key agreement is the per-message cost of Web Push.
 */
import { createCipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto'

/** The record size written in the header; one record holds the whole (≤ 4 KB) message. */
const RECORD_SIZE = 4096
const KEY_INFO = Buffer.from('WebPush: info\0')
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0')
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0')
/** The padding delimiter of the last (only) record. */
const LAST_RECORD = Buffer.from([2])

const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer, length: number) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, length))

/** The request body for a subscription's keys (`p256dh`, `auth`, base64url); throws on malformed keys. */
export function encryptPushPayload(plaintext: Buffer, keys: { p256dh: string; auth: string }): Buffer {
  const receiverKey = Buffer.from(keys.p256dh, 'base64url')
  const authSecret = Buffer.from(keys.auth, 'base64url')
  if (receiverKey.length !== 65 || receiverKey[0] !== 4)
    throw new Error('p256dh không phải khóa P-256 65 byte')
  if (authSecret.length !== 16) throw new Error('auth không phải 16 byte')

  const sender = createECDH('prime256v1')
  const senderKey = sender.generateKeys()
  const shared = sender.computeSecret(receiverKey)
  const ikm = hkdf(shared, authSecret, Buffer.concat([KEY_INFO, receiverKey, senderKey]), 32)
  const salt = randomBytes(16)
  const cek = hkdf(ikm, salt, CEK_INFO, 16)
  const nonce = hkdf(ikm, salt, NONCE_INFO, 12)

  const cipher = createCipheriv('aes-128-gcm', cek, nonce)
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.update(LAST_RECORD), cipher.final()])
  const header = Buffer.alloc(16 + 4 + 1)
  salt.copy(header, 0)
  header.writeUInt32BE(RECORD_SIZE, 16)
  header.writeUInt8(senderKey.length, 20)
  return Buffer.concat([header, senderKey, sealed, cipher.getAuthTag()])
}
