/** What the channels send with: VAPID keys, the mail transport, the FCM sender, the retry policy; from the environment by default. */

import type { Transporter } from 'nodemailer'
import { dataDir } from '../../../paths.ts'
import type { FcmSender } from './fcm.ts'
import { mailTransport, smtpConfigured } from './mailTransport.ts'
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts'
import { type VapidKeys, vapidKeys } from './vapid.ts'

export interface ChannelOptions {
  vapid?: VapidKeys
  /** null switches email off; undefined uses SMTP_URL (off when it is not set). */
  mail?: Transporter | null
  /** null switches FCM off; undefined uses FCM_SERVICE_ACCOUNT (off when it is not set). */
  fcm?: FcmSender | null
  retry?: RetryPolicy
  /** Web Push requests in flight at once. */
  concurrency?: number
}

let envFcm: FcmSender | undefined | null = null

export async function resolveOptions(options: ChannelOptions) {
  // firebase-admin loads only where FCM is configured and a batch is sent, not at every start.
  if (options.fcm === undefined && envFcm === null)
    envFcm = process.env.FCM_SERVICE_ACCOUNT ? (await import('./fcm.ts')).fcmFromEnv() : undefined
  return {
    vapid: options.vapid ?? vapidKeys(dataDir()),
    mail:
      options.mail === undefined
        ? smtpConfigured()
          ? mailTransport()
          : undefined
        : (options.mail ?? undefined),
    fcm: options.fcm === undefined ? (envFcm ?? undefined) : (options.fcm ?? undefined),
    retry: options.retry ?? DEFAULT_RETRY,
    concurrency: options.concurrency ?? 32,
  }
}
