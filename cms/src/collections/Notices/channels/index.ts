/**
 * The notices' delivery channels beyond the inbox: Web Push, FCM and email, for one batch of recipients.
 * Called by the fan-out job once per batch. Idempotent: every delivery is claimed in the delivery log
 * before it is sent, so a rerun gives at most one push per device and one email per recipient.
 */
import { type DeliveryChannel, wantsChannel } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../../db/bulk/index.ts'
import type { Device } from '../../../payload-types.ts'
import {
  type Claim,
  claimDeliveries,
  deliveryKey,
  type Result,
  recordResults,
} from '../../Deliveries/claims.ts'
import { pruneDevices } from '../../Devices/prune.ts'
import { sendNoticeEmail } from './email.ts'
import { mapLimit } from './mapLimit.ts'
import { type ChannelNotice, noticeText, pushMessage, wantsNoticeChannel } from './message.ts'
import { type ChannelOptions, resolveOptions } from './options.ts'
import { withAttempts } from './reasons.ts'
import type { Outcome } from './retry.ts'
import { sendWebPush } from './webpush.ts'

export interface Recipient {
  id: number | string
  email?: string | null
  inboxItemId?: number | string
}

export interface ChannelCount {
  sent: number
  failed: number
  pruned: number
  /** Already claimed by an earlier run, or switched off by the member. */
  skipped: number
}

export interface DispatchSummary {
  push: ChannelCount
  fcm: ChannelCount
  email: ChannelCount
}

const count = (): ChannelCount => ({ sent: 0, failed: 0, pruned: 0, skipped: 0 })
const summaryKey = { webpush: 'push', fcm: 'fcm', email: 'email' } as const

export async function dispatchChannels(
  payload: Payload,
  { notice, recipients }: { notice: ChannelNotice; recipients: Recipient[] },
  options: ChannelOptions = {},
): Promise<DispatchSummary> {
  const summary: DispatchSummary = { push: count(), fcm: count(), email: count() }
  const push = wantsNoticeChannel(notice, 'push')
  const email = wantsNoticeChannel(notice, 'email')
  if (!recipients.length || (!push && !email)) return summary
  const config = await resolveOptions(options)
  const message = pushMessage(notice)

  const mailing = email && Boolean(config.mail)
  // Most members of a batch have no phone registered: a bare indexed read finds the few who do, then only
  // their devices and (without email) only their settings go through Payload.
  const ids = recipients.map((r) => r.id)
  const anyDevice = push && (await bulkWriter(payload).findWhereIn('devices', 'user', ids, [])).length > 0
  const registered = anyDevice
    ? (
        await payload.find({
          collection: 'devices',
          where: { user: { in: ids } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const ownerOf = (d: Device) => (typeof d.user === 'object' ? d.user.id : d.user)
  const readUsers = mailing ? ids : [...new Set(registered.map(ownerOf))]
  const users = readUsers.length
    ? (
        await payload.find({
          collection: 'users',
          where: { id: { in: readUsers } },
          select: { email: true, notificationSettings: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const userById = new Map(users.map((u) => [String(u.id), u]))
  const mailTo = mailing
    ? recipients
        .map((r) => ({ id: r.id, email: r.email ?? userById.get(String(r.id))?.email }))
        .filter((r) => r.email && wantsChannel(userById.get(String(r.id))?.notificationSettings, 'email'))
    : []
  const devices = registered.filter((d) =>
    wantsChannel(userById.get(String(ownerOf(d)))?.notificationSettings, 'push'),
  )
  const usable = devices.filter(
    (d) => (d.kind === 'fcm' ? true : d.keys?.p256dh && d.keys?.auth) && (d.kind !== 'fcm' || config.fcm),
  )

  const claims: Claim[] = [
    ...usable.map((d) => ({
      key: deliveryKey(notice.id, ownerOf(d), d.kind, d.id),
      notice: String(notice.id),
      recipient: String(ownerOf(d)),
      channel: d.kind as DeliveryChannel,
      device: String(d.id),
    })),
    ...mailTo.map((r) => ({
      key: deliveryKey(notice.id, r.id, 'email'),
      notice: String(notice.id),
      recipient: String(r.id),
      channel: 'email' as const,
    })),
  ]
  const won = await claimDeliveries(payload, claims)
  for (const c of claims) if (!won.has(c.key)) summary[summaryKey[c.channel]].skipped += 1

  const keyOf = (d: Device) => deliveryKey(notice.id, ownerOf(d), d.kind, d.id)
  const webTargets = usable.filter((d) => d.kind === 'webpush' && won.has(keyOf(d)))
  const fcmTargets = usable.filter((d) => d.kind === 'fcm' && won.has(keyOf(d)))
  const mailTargets = mailTo.filter((r) => won.has(deliveryKey(notice.id, r.id, 'email')))

  const results: Result[] = []
  const gone: (string | number)[] = []
  const settle = (
    channel: keyof DispatchSummary,
    key: string,
    outcome: Outcome,
    deviceId?: string | number,
  ) => {
    if (outcome.ok) {
      summary[channel].sent += 1
      results.push({ key, status: 'sent' })
      return
    }
    summary[channel].failed += 1
    results.push({
      key,
      status: 'failed',
      reason: withAttempts(outcome.reason, outcome.attempts),
      attempts: outcome.attempts,
    })
    if (outcome.gone && deviceId !== undefined) gone.push(deviceId)
  }

  await Promise.all([
    mapLimit(webTargets, config.concurrency, async (d) => {
      const target = {
        endpoint: d.endpoint,
        keys: { p256dh: String(d.keys?.p256dh), auth: String(d.keys?.auth) },
      }
      settle('push', keyOf(d), await sendWebPush(target, message, config.vapid, config.retry), d.id)
    }),
    (async () => {
      if (!fcmTargets.length || !config.fcm) return
      const outcomes = await config.fcm.send(
        fcmTargets.map((d) => ({ id: String(d.id), token: d.endpoint })),
        message,
      )
      for (const d of fcmTargets) {
        const outcome = outcomes.get(String(d.id)) ?? {
          ok: false,
          transient: false,
          reason: 'FCM không trả lời.',
          attempts: 1,
        }
        settle('fcm', keyOf(d), outcome as Outcome, d.id)
      }
    })(),
    mapLimit(mailTargets, 4, async (r) => {
      const mail = config.mail
      if (!mail) return
      settle(
        'email',
        deliveryKey(notice.id, r.id, 'email'),
        await sendNoticeEmail(mail, String(r.email), message, noticeText(notice), config.retry),
      )
    }),
  ])

  await recordResults(payload, results)
  if (gone.length) {
    await pruneDevices(payload, gone)
    for (const id of gone) {
      const device = usable.find((d) => String(d.id) === String(id))
      if (device) summary[device.kind === 'fcm' ? 'fcm' : 'push'].pruned += 1
    }
  }
  return summary
}
