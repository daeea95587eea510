/** FCM through firebase-admin, tested at the HTTP boundary only (a local server stands in for Google). */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFcmService } from '../../../../test/channels/fcmService.ts'
import { testPayload } from '../../../../test/payload.ts'
import { createFcmSender, type FcmSender } from './fcm.ts'
import { dispatchChannels } from './index.ts'
import { pushMessage } from './message.ts'

const P = `fcm${Date.now().toString(36)}`
let payload: Payload
let fcm: Awaited<ReturnType<typeof startFcmService>>
let sender: FcmSender
const retry = { attempts: 2, baseMs: 1, maxMs: 1, maxRetryAfterMs: 1000, sleep: async () => {} }

beforeAll(async () => {
  payload = await testPayload()
  fcm = await startFcmService()
  sender = createFcmSender({ serviceAccount: fcm.serviceAccount, httpAgent: fcm.agent, retry })
})

afterAll(async () => {
  await sender?.close()
  await fcm?.close()
})

describe('FCM channel', () => {
  it('sends 1,200 tokens in 3 calls of at most 500, each token once, signed in with the service account', async () => {
    const tokens = Array.from({ length: 1200 }, (_, i) => ({
      id: String(i),
      token: `token-${P}-${i}-${'x'.repeat(40)}`,
    }))
    const message = pushMessage({
      id: 'n1',
      title: 'Nghị quyết mới',
      summary: 'Mời các đồng chí nghiên cứu.',
      priority: 'urgent',
    })
    const outcomes = await sender.send(tokens, message)
    expect(sender.calls).toBe(3)
    expect([...outcomes.values()].every((o) => o.ok)).toBe(true)
    expect(new Set(fcm.sends.map((s) => s.token)).size).toBe(1200)
    expect(fcm.sends).toHaveLength(1200)
    expect(fcm.hosts).toEqual(new Set(['oauth2.googleapis.com', 'fcm.googleapis.com']))
    expect(fcm.tokensIssued()).toBe(1)
    expect(fcm.sends[0]?.message).toMatchObject({
      notification: { title: '[Khẩn] Nghị quyết mới', body: 'Mời các đồng chí nghiên cứu.' },
      data: { noticeId: 'n1', priority: 'khan' },
      android: { priority: 'high' },
    })
  })

  it('prunes devices whose tokens FCM no longer knows (UNREGISTERED), and a rerun sends nothing', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { username: `${P}-nam`, password: 'MatKhau@2026', fullName: 'Lê Văn Nam' },
    })
    const make = (token: string) =>
      payload.create({
        collection: 'devices',
        data: { kind: 'fcm', endpoint: token, user: user.id, lastSeenAt: new Date().toISOString() },
      })
    const live = await make(`live-${P}-${'a'.repeat(40)}`)
    const dead = await make(`dead-${P}-${'b'.repeat(40)}`)
    const notice = { id: `${P}-n`, title: 'Thông báo họp', body: 'Họp lúc 8 giờ.', channels: { push: true } }
    const recipients = [{ id: user.id, inboxItemId: 'x' }]
    const first = await dispatchChannels(payload, { notice, recipients }, { fcm: sender, mail: null, retry })
    expect(first.fcm).toMatchObject({ sent: 1, failed: 1, pruned: 1 })
    const left = await payload.find({ collection: 'devices', where: { user: { equals: user.id } } })
    expect(left.docs.map((d) => d.id)).toEqual([live.id])
    expect(dead.id).not.toBe(live.id)
    const log = await payload.find({
      collection: 'deliveries',
      where: { and: [{ notice: { equals: notice.id } }, { status: { equals: 'failed' } }] },
    })
    expect((log.docs[0] as { reason?: string })?.reason).toBe(
      'Mã FCM không còn được đăng ký (UNREGISTERED); đã xóa thiết bị.',
    )

    const sendsBefore = fcm.sends.length
    const again = await dispatchChannels(payload, { notice, recipients }, { fcm: sender, mail: null, retry })
    expect(again.fcm).toMatchObject({ sent: 0, skipped: 1 })
    expect(fcm.sends.length).toBe(sendsBefore)
  })
})
