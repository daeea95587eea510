import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { inboxRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
const notices: Record<string, any> = {}
/** A 1×1 PNG: the attachment a notice carries (a scanned page, say). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
)

function call(path: string, who: { token: string } | null, method = 'GET', origin: string | null = ORIGIN) {
  const headers = new Headers()
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (origin) headers.set('origin', origin)
  return app.request(new Request(`${ORIGIN}/fn${path}`, { method, headers }))
}

/** A notice already sent, with an inbox row for each of `to` (what the fan-out leaves behind). */
async function sent(
  key: string,
  title: string,
  priority: string,
  sendAt: string,
  to: { id: number | string }[],
) {
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Kế hoạch', audience: 'members', org: tree.orgs.root.id } as any,
    file: { data: PNG, name: `ke-hoach-${key}.png`, mimetype: 'image/png', size: PNG.length },
    overrideAccess: true,
  })
  const notice: any = await payload.create({
    collection: 'notices',
    data: {
      title,
      body: `${title}. `.repeat(30),
      priority,
      org: tree.orgs.a.id,
      targetOrg: tree.orgs.a.id,
      attachments: [media.id],
      status: 'sent',
      sendAt,
    } as any,
    overrideAccess: true,
    context: { noticeSystem: true },
  })
  for (const user of to) {
    await payload.create({
      collection: 'inbox',
      data: {
        id: `${notice.id}:${user.id}`,
        notice: notice.id,
        recipient: user.id,
        org: tree.orgs.a1.id,
        sentAt: sendAt,
      } as any,
      overrideAccess: true,
    })
  }
  notices[key] = notice
  return notice
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [inboxRoutes({ payload })] })
  tree = await buildAccessTree(payload, `ibx${Date.now()}`)
  const { memberA1, memberB1 } = tree.users
  await sent('old', 'Lịch sinh hoạt chi bộ tháng 10', 'normal', '2026-10-01T01:00:00.000Z', [memberA1])
  await sent('mid', 'Nộp đảng phí quý III', 'important', '2026-10-15T01:00:00.000Z', [memberA1, memberB1])
  await sent('new', 'Triệu tập hội nghị khẩn', 'urgent', '2026-11-01T01:00:00.000Z', [memberA1])
})

describe('GET /fn/inbox', () => {
  it('lists the member’s own notices, unread first then newest, with read state and attachments', async () => {
    const { memberA1 } = tree.users
    const mark = await call(`/inbox/${notices.new.id}:${memberA1.id}/read`, memberA1, 'POST')
    expect(mark.status).toBe(200)
    const response = await call('/inbox', memberA1)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.items.map((i: any) => i.title)).toEqual([
      'Nộp đảng phí quý III',
      'Lịch sinh hoạt chi bộ tháng 10',
      'Triệu tập hội nghị khẩn',
    ])
    expect(body.items.map((i: any) => i.read)).toEqual([false, false, true])
    expect(body).toMatchObject({ total: 3, unread: 2, page: 1 })
    const first = body.items[0]
    expect(first).toMatchObject({
      priority: 'important',
      priorityLabel: 'Quan trọng',
      from: tree.orgs.a.name,
    })
    expect(first.body.length).toBeLessThanOrEqual(160)
    expect(first.attachments[0].url).toMatch(/^\/api\/media\/file\/ke-hoach-mid.*\.png$/)
  })

  it('pages', async () => {
    const body = await (await call('/inbox?limit=2&page=2', tree.users.memberA1)).json()
    expect(body.items.map((i: any) => i.title)).toEqual(['Triệu tập hội nghị khẩn'])
    expect(body.totalPages).toBe(2)
    // The second unread on a page of its own, and a page past the end, which still counts.
    const second = await (await call('/inbox?limit=1&page=2', tree.users.memberA1)).json()
    expect(second.items.map((i: any) => i.title)).toEqual(['Lịch sinh hoạt chi bộ tháng 10'])
    const beyond = await (await call('/inbox?limit=2&page=9', tree.users.memberA1)).json()
    expect(beyond).toMatchObject({ items: [], total: 3, unread: 2, totalPages: 2, page: 9 })
  })

  it('refuses bad paging and strangers in Vietnamese', async () => {
    for (const query of ['page=0', 'page=abc', 'limit=0', 'limit=51', 'limit=-1']) {
      const response = await call(`/inbox?${query}`, tree.users.memberA1)
      expect(response.status, query).toBe(400)
      expect((await response.json()).error.message).toMatch(/không hợp lệ/)
    }
    const anonymous = await call('/inbox', null)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).error.message).toMatch(/chưa đăng nhập/)
  })
})

describe('GET /fn/inbox/{id}', () => {
  it('gives one notice in full, by its row id or by the notice id alone', async () => {
    const { memberA1 } = tree.users
    const byRow = await (await call(`/inbox/${notices.old.id}:${memberA1.id}`, memberA1)).json()
    expect(byRow.item.title).toBe('Lịch sinh hoạt chi bộ tháng 10')
    expect(byRow.item.body.length).toBeGreaterThan(160)
    expect(byRow.item.attachments).toHaveLength(1)
    const byNotice = await (await call(`/inbox/${notices.old.id}`, memberA1)).json()
    expect(byNotice.item.id).toBe(`${notices.old.id}:${memberA1.id}`)
  })

  it('never shows another member’s row', async () => {
    const { memberA1, memberB1 } = tree.users
    const response = await call(`/inbox/${notices.old.id}:${memberA1.id}`, memberB1)
    expect(response.status).toBe(404)
    expect((await response.json()).error.message).toBe('Không tìm thấy thông báo này trong hộp thư của bạn.')
    // An admin of the subtree may read rows in the CMS, but the member app shows only one's own.
    expect((await call(`/inbox/${notices.old.id}:${memberA1.id}`, tree.users.adminA)).status).toBe(404)
    expect((await call('/inbox/1;DROP', memberA1)).status).toBe(400)
  })
})

describe('POST /fn/inbox/{id}/read', () => {
  it('is idempotent: the first reading time stays', async () => {
    const { memberA1 } = tree.users
    const path = `/inbox/${notices.mid.id}:${memberA1.id}/read`
    const first = await (await call(path, memberA1, 'POST')).json()
    const second = await (await call(path, memberA1, 'POST')).json()
    expect(first.read).toBe(true)
    expect(second.readAt).toBe(first.readAt)
  })

  it('cannot mark another member’s row, and refuses other sites', async () => {
    const { memberA1, memberB1 } = tree.users
    const path = `/inbox/${notices.mid.id}:${memberB1.id}/read`
    expect((await call(path, memberA1, 'POST')).status).toBe(404)
    expect((await call(path, memberB1, 'POST', 'https://ke-xau.example')).status).toBe(403)
    const row: any = await payload.findByID({
      collection: 'inbox',
      id: `${notices.mid.id}:${memberB1.id}`,
      overrideAccess: true,
    })
    expect(row.read).toBe(false)
  })
})
