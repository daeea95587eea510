/** Urgent notices reach the phones while the inbox fills: their own queue, and each batch's pushes right after it. */
import { FAN_OUT_NOTICE_TASK, type ID, URGENT_NOTICES_QUEUE } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPushService } from '../../../../test/channels/pushService.ts'
import { type NoticeWorld, noticeWorld } from '../../../../test/notices-fixtures.ts'
import { testPayload } from '../../../../test/payload.ts'
import { fanOutNotice } from './fanout.ts'
import { sendNotice } from './sendNotice.ts'

let payload: Payload
let w: NoticeWorld
let push: Awaited<ReturnType<typeof startPushService>>

beforeAll(async () => {
  payload = await testPayload()
  w = await noticeWorld(payload, 'NU')
  push = await startPushService()
})

afterAll(async () => {
  await push?.close()
})

async function queuedJob(noticeId: ID) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: FAN_OUT_NOTICE_TASK } },
    depth: 0,
    pagination: false,
  })
  return docs.find((j: any) => String(j.input?.noticeId) === String(noticeId)) as any
}

describe('urgent notices', () => {
  it('are queued on the queue polled every second; others on the default queue', async () => {
    const urgent = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      target: {},
      title: 'Họp đột xuất',
      body: 'Mời các đồng chí họp lúc 14 giờ.',
      priority: 'urgent',
    })
    const normal = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      target: {},
      title: 'Lịch sinh hoạt tháng 12',
      body: 'Sinh hoạt chi bộ ngày 05/12/2026.',
    })
    expect((await queuedJob(urgent.id)).queue).toBe(URGENT_NOTICES_QUEUE)
    expect((await queuedJob(normal.id)).queue).toBe('default')
  })

  it('the first push reaches the phone before the last inbox batch is written', async () => {
    // The first recipient (lowest id) of A's subtree has a phone; the others come in later batches.
    const first = [...w.subtreeA].sort((x, y) => Number(x) - Number(y))[0] as string
    const phone = await push.registerPhone(payload, Number(first), 'khan')
    const notice = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      target: {},
      title: 'Phòng chống bão số 9',
      body: 'Các chi bộ trực 24/24 từ tối nay.',
      priority: 'urgent',
    })
    // What the phone had received when each batch of inbox rows was written.
    const pushesAtBatch: number[] = []
    const result = await fanOutNotice(payload, notice.id, {
      batchSize: 2,
      log: (line) => {
        if (line.startsWith('Gửi thông báo')) pushesAtBatch.push(push.received.length)
      },
    })
    expect(result.outcome).toBe('sent')
    expect(result.delivered).toBe(w.subtreeA.length)
    expect(pushesAtBatch.length).toBeGreaterThan(2)
    expect(pushesAtBatch[0]).toBe(1)
    expect(push.received[0]?.path).toBe(new URL(phone.endpoint).pathname)
    expect(push.received[0]?.message.title).toBe('[Khẩn] Phòng chống bão số 9')
    expect(push.errors).toEqual([])
  })
})
