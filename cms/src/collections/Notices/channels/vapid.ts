/** VAPID keys for Web Push: from the environment, or generated once and kept under data/ (shared by the CMS and the functions). */
import { createECDH } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface VapidKeys {
  publicKey: string
  privateKey: string
  subject: string
}

const subject = () =>
  process.env.VAPID_SUBJECT ??
  (process.env.SERVER_URL?.startsWith('https://') ? process.env.SERVER_URL : 'mailto:quantri@localhost')

export function vapidKeys(dataDir: string): VapidKeys {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY } = process.env
  if (VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY) {
    return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: subject() }
  }
  const file = path.join(dataDir, 'vapid.json')
  try {
    return { ...JSON.parse(readFileSync(file, 'utf8')), subject: subject() }
  } catch {
    const ecdh = createECDH('prime256v1')
    ecdh.generateKeys()
    const keys = {
      publicKey: ecdh.getPublicKey().toString('base64url'),
      privateKey: ecdh.getPrivateKey().toString('hex').padStart(64, '0'),
    }
    keys.privateKey = Buffer.from(keys.privateKey, 'hex').toString('base64url')
    mkdirSync(dataDir, { recursive: true })
    try {
      // 'wx': the CMS and the front server may start together; whoever writes second reads the first's keys.
      writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' })
    } catch {
      return { ...JSON.parse(readFileSync(file, 'utf8')), subject: subject() }
    }
    return { ...keys, subject: subject() }
  }
}
