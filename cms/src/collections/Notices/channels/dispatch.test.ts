/** Web Push and email for one batch of a notice, through real encryption, a local push service and a real SMTP server. */

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ID } from '@sotay/content-schemas'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPushService } from '../../../../test/channels/pushService.ts'
import { startSmtpServer } from '../../../../test/channels/smtp.ts'
import { testPayload } from '../../../../test/payload.ts'
import type { User } from '../../../payload-types.ts'
import { dispatchChannels } from './index.ts'
import type { RetryPolicy } from './retry.ts'
import { vapidKeys } from './vapid.ts'

const P = `kenh${Date.now().toString(36)}`
const noWait: RetryPolicy = {
  attempts: 3,
  baseMs: 1,
  maxMs: 1,
  maxRetryAfterMs: 60_000,
  sleep: async () => {},
}

let payload: Payload
let push: Awaited<ReturnType<typeof startPushService>>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const vapid = vapidKeys(mkdtempSync(path.join(tmpdir(), 'vapid-')))

async function member(name: string, data: Partial<User> = {}) {
  return payload.create({
    collection: 'users',
    data: { username: `${P}-${name}`, password: 'MatKhau@2026', fullName: name, ...data },
  })
}

async function device(userId: ID, sub: { endpoint: string; keys: { p256dh: string; auth: string } }) {
  return payload.create({
    collection: 'devices',
    data: {
      kind: 'webpush',
      endpoint: sub.endpoint,
      keys: sub.keys,
      user: userId,
      lastSeenAt: new Date().toISOString(),
    },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  push = await startPushService()
  smtp = await startSmtpServer()
})

afterAll(async () => {
  await push?.close()
  await smtp?.close()
})

describe('dispatchChannels: Web Push and email', () => {
  it('delivers once per device and per recipient, honours settings, prunes gone devices, and a rerun sends nothing', async () => {
    const hoa = await member('Đỗ Thị Hoa', { email: `${P}-hoa@example.vn` })
    const khoi = await member('Vũ Minh Khôi', {
      email: `${P}-khoi@example.vn`,
      notificationSettings: { push: false },
    })
    const lan = await member('Nguyễn Thị Lan', {
      email: `${P}-lan@example.vn`,
      notificationSettings: { email: false },
    })
    const phone = push.subscribe('hoa')
    const laptop = push.subscribe('hoa')
    const expired = push.subscribe('gone')
    const khoiPhone = push.subscribe('khoi')
    const lanPhone = push.subscribe('flaky')
    await device(hoa.id, phone)
    await device(hoa.id, laptop)
    const expiredDevice = await device(hoa.id, expired)
    await device(khoi.id, khoiPhone)
    await device(lan.id, lanPhone)

    const notice = {
      id: `${P}-1`,
      title: 'Họp chi bộ thường kỳ tháng 7',
      body: 'Đề nghị các đồng chí đảng viên có mặt đúng 7 giờ 30 tại nhà văn hóa thôn Đông để nghe quán triệt nghị quyết.',
      priority: 'urgent' as const,
      channels: { push: true, email: true },
    }
    const recipients = [hoa, khoi, lan].map((u) => ({ id: u.id, inboxItemId: `${notice.id}:${u.id}` }))
    const mail = nodemailer.createTransport(smtp.url)
    const options = { vapid, mail, fcm: null, retry: noWait }

    const first = await dispatchChannels(payload, { notice, recipients }, options)
    expect(push.errors).toEqual([])
    expect(first.push).toMatchObject({ sent: 3, failed: 1, pruned: 1 })
    expect(first.email).toMatchObject({ sent: 2, failed: 0 })

    // Each of Hoa's two live devices, and Lan's after one 503, got the decrypted message; Khôi switched push off.
    const paths = push.received.map((r) => r.path).sort()
    expect(paths).toEqual([phone, laptop, lanPhone].map((s) => new URL(s.endpoint).pathname).sort())
    const got = push.received[0]
    expect(got?.message).toMatchObject({
      title: '[Khẩn] Họp chi bộ thường kỳ tháng 7',
      noticeId: notice.id,
      priority: 'khan',
    })
    expect(String(got?.message.body)).toContain('nhà văn hóa thôn Đông')
    expect(got?.urgency).toBe('high')
    expect(got?.ttl).toBe(24 * 3600)
    expect(got?.vapid.k).toBe(vapid.publicKey)

    // Lan switched email off; Vietnamese survives the MIME encoding.
    const to = smtp.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text).sort()
    expect(to).toEqual([`${P}-hoa@example.vn`, `${P}-khoi@example.vn`])
    expect(smtp.messages[0]?.subject).toBe('[Khẩn] Họp chi bộ thường kỳ tháng 7')
    expect(smtp.messages[0]?.text).toContain('quán triệt nghị quyết')

    // The expired subscription (410) is gone, with a Vietnamese reason in the delivery log.
    const left = await payload.find({
      collection: 'devices',
      where: { id: { equals: expiredDevice.id } },
    })
    expect(left.totalDocs).toBe(0)
    const log = await payload.find({
      collection: 'deliveries',
      where: { and: [{ notice: { equals: notice.id } }, { status: { equals: 'failed' } }] },
    })
    expect(log.docs.map((d) => (d as { reason?: string }).reason)).toEqual([
      'Thiết bị đã hủy đăng ký nhận thông báo (mã 410); đã xóa thiết bị.',
    ])

    // The fan-out killed and run again: nothing is sent twice.
    const again = await dispatchChannels(payload, { notice, recipients }, options)
    expect(again.push).toMatchObject({ sent: 0, failed: 0, skipped: 3 })
    expect(again.email).toMatchObject({ sent: 0, skipped: 2 })
    expect(push.received).toHaveLength(3)
    expect(smtp.messages).toHaveLength(2)
  })

  it('sends nothing on a channel the notice does not use', async () => {
    const ha = await member('Trần Thu Hà', { email: `${P}-ha@example.vn` })
    await device(ha.id, push.subscribe('ha'))
    const before = { pushes: push.received.length, mails: smtp.messages.length }
    const notice = {
      id: `${P}-2`,
      title: 'Lịch trực Tết',
      body: 'Chỉ trong hộp thư.',
      priority: 'normal' as const,
      channels: { push: false, email: false },
    }
    const result = await dispatchChannels(
      payload,
      { notice, recipients: [{ id: ha.id, inboxItemId: 'x' }] },
      {
        vapid,
        mail: nodemailer.createTransport(smtp.url),
        fcm: null,
        retry: noWait,
      },
    )
    expect(result.push.sent + result.email.sent).toBe(0)
    expect(push.received.length).toBe(before.pushes)
    expect(smtp.messages.length).toBe(before.mails)
  })

  // A measurement, not a check of speed: CHANNELS_BENCH=1 runs it and prints the figure.
  it.skipIf(!process.env.CHANNELS_BENCH)(
    'measures Web Push throughput to the local push service for 1,000 devices',
    { timeout: 600_000 },
    async () => {
      const people = await Promise.all(Array.from({ length: 10 }, (_, i) => member(`Đảng viên ${i}`)))
      const t0 = performance.now()
      for (const p of people)
        await Promise.all(Array.from({ length: 100 }, () => device(p.id, push.subscribe('bulk'))))
      console.log(`[đo] tạo 1.000 thiết bị: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
      const before = push.received.length
      const started = performance.now()
      const result = await dispatchChannels(
        payload,
        {
          notice: { id: `${P}-3`, title: 'Thông báo chung', body: 'Nội dung thử.', channels: { push: true } },
          recipients: people.map((p) => ({ id: p.id, inboxItemId: 'x' })),
        },
        { vapid, mail: null, fcm: null, retry: noWait },
      )
      const seconds = (performance.now() - started) / 1000
      expect(result.push.sent).toBe(1000)
      expect(push.received.length - before).toBe(1000)
      console.log(
        `[đo] Web Push tới dịch vụ đẩy cục bộ: 1.000 thiết bị trong ${seconds.toFixed(2)} s (${Math.round(1000 / seconds)} thiết bị/giây, ${process.env.TEST_POSTGRES_URL ? 'PostgreSQL' : 'SQLite'})`,
      )
    },
  )
})
