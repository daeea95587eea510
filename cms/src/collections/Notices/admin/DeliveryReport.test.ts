import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { type NoticeWorld, noticeWorld, runFanOutJob } from '../../../../test/notices-fixtures.ts'
import { testPayload } from '../../../../test/payload.ts'
import { sendNotice } from '../fanout/sendNotice.ts'
import { DeliveryReport } from './DeliveryReport.tsx'

let payload: Payload
let w: NoticeWorld

beforeAll(async () => {
  payload = await testPayload()
  w = await noticeWorld(payload, 'NR')
})

describe('the notice report in the admin', () => {
  it('shows delivered and read counts, the per-organisation table and a read-rate chart', async () => {
    const notice = await sendNotice(payload, {
      fromOrg: w.orgs.a.id,
      title: 'Kế hoạch học tập nghị quyết',
      body: 'Các chi bộ tổ chức học tập trước ngày 20/12.',
      target: { org: w.orgs.a.id },
    })
    await runFanOutJob(payload, notice.id)
    for (const reader of [w.users.memberA1, w.inA2[0], w.inA2[1]]) {
      await payload.update({
        collection: 'inbox',
        id: `${notice.id}:${reader.id}`,
        data: { read: true },
        overrideAccess: true,
      })
    }
    const html = renderToStaticMarkup(await DeliveryReport({ payload, id: notice.id }))
    expect(html).toContain('Đã gửi 9 · Đã đọc 3 (33%)')
    expect(html).toContain(`<td style="padding:4px 12px 4px 0">${w.orgs.a2.name}</td>`)
    expect(html).toMatch(/<svg[^>]*aria-label="Tỉ lệ đã đọc theo tổ chức"/)
    expect(html).toContain('>100%</text>') // cell A2: both read
    expect(renderToStaticMarkup(await DeliveryReport({ payload, id: undefined }))).toContain('chưa được lưu')
  })
})
