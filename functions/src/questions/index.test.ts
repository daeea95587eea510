/** The questions functions on the shared test Payload: the bank answers, the cell gets the rest, FAQ search by audience. */

import { freshFaqBank } from '@sotay/cms/search'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { questionsRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const WORKING_AWAY = 'Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let prefix: string

type Who = { token: string } | null
function call(
  path: string,
  who: Who,
  init: { method?: string; body?: unknown; origin?: string | null } = {},
) {
  const headers = new Headers()
  if (who) headers.set('authorization', `JWT ${who.token}`)
  const origin = init.origin === undefined ? ORIGIN : init.origin
  if (origin) headers.set('origin', origin)
  let body: string | undefined
  if (init.body !== undefined) {
    headers.set('content-type', 'application/json')
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  }
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }),
  )
}
const ask = (who: Who, text: unknown) => call('/questions', who, { body: { text } })

const faq = (question: string, audience: string, org: unknown, alternatives: string[] = []) =>
  payload.create({
    collection: 'faq',
    data: {
      question,
      answer: `Trả lời mẫu: ${question}`,
      category: 'chuyen-sinh-hoat',
      audience,
      org,
      alternatives: alternatives.map((text) => ({ text })),
      _status: 'published',
    } as any,
    overrideAccess: true,
  })

const asUser = (user: unknown) => ({ user: user as any, overrideAccess: false, depth: 0 }) as const
const questionCount = async () =>
  (await payload.count({ collection: 'questions', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [questionsRoutes({ payload, index: freshFaqBank })] })
  prefix = `qa${Date.now()}`
  tree = await buildAccessTree(payload, prefix)
  await faq(WORKING_AWAY, 'public', tree.orgs.root.id, ['Đi làm ăn xa nhà thì sinh hoạt chi bộ ở đâu?'])
  await faq(`Lịch trực ban ${prefix} của đảng ủy xã`, 'members', tree.orgs.root.id)
  await faq(`Lịch họp ${prefix} riêng của đảng ủy phường Bình Minh`, 'org', tree.orgs.b.id)
})

describe('POST /fn/questions', () => {
  it('answers a covered question at once from the bank, with and without accents, marked automatic', async () => {
    for (const text of [
      'Tôi đi làm ăn xa thì sinh hoạt đảng ở đâu ạ?',
      'toi di lam an xa thi sinh hoat dang o dau a',
    ]) {
      const response = await ask(tree.users.memberA1, text)
      expect(response.status, text).toBe(201)
      const body = await response.json()
      expect(body.automatic).toBe(true)
      expect(body.note).toBe('Trả lời tự động từ ngân hàng hỏi đáp')
      expect(body.faq.question).toBe(WORKING_AWAY)
      expect(body.question).toMatchObject({ text, status: 'auto', statusLabel: 'Tự động trả lời' })
      expect(body.question.autoAnswer.answer).toContain('Trả lời mẫu')
    }
  })

  it('sends an uncovered question to the asker’s cell: its secretary sees it, another cell’s does not', async () => {
    const text = `Chi bộ ${prefix} có tổ chức tham quan khu di tích vào tháng sau không?`
    const response = await ask(tree.users.memberA1, text)
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body).toMatchObject({
      automatic: false,
      question: { status: 'pending', statusLabel: 'Chờ trả lời' },
    })
    expect(body.message).toMatch(/bí thư chi bộ/)
    const where = { text: { equals: text } }
    const seen = (user: unknown) => payload.find({ collection: 'questions', where, ...asUser(user) })
    const mine = (await seen(tree.users.secretaryA1)).docs
    expect(mine.length).toBe(1)
    expect(String(mine[0]!.assignedOrg)).toBe(String(tree.orgs.a1.id))
    expect((await seen(tree.users.adminA)).docs.length).toBe(1)
    expect((await seen(tree.users.adminB)).docs.length).toBe(0)
    expect((await seen(tree.users.memberB1)).docs.length).toBe(0)
  })

  it('refuses bad input in Vietnamese and stores nothing', async () => {
    const before = await questionCount()
    const cases: [unknown, number, RegExp][] = [
      [undefined, 400, /nhập nội dung/],
      ['Ngắn quá', 400, /ít nhất 10 ký tự/],
      ['a'.repeat(2001), 400, /tối đa 2.000 ký tự/],
      [42, 400, /nhập nội dung/],
    ]
    for (const [text, status, message] of cases) {
      const response = await ask(tree.users.memberA1, text)
      expect(response.status, String(text)).toBe(status)
      expect((await response.json()).error.message).toMatch(message)
    }
    expect((await call('/questions', tree.users.memberA1, { body: 'không phải JSON' })).status).toBe(400)
    expect((await ask(null, 'Câu hỏi của người chưa đăng nhập')).status).toBe(401)
    const foreign = await call('/questions', tree.users.memberA1, {
      body: { text: 'Câu hỏi từ trang khác' },
      origin: 'https://la.example',
    })
    expect(foreign.status).toBe(403)
    expect(await questionCount()).toBe(before)
  })

  it('limits how many questions one account sends', async () => {
    const limited = createApp({
      routes: [questionsRoutes({ payload, index: freshFaqBank, perAccount: { limit: 2, windowMs: 60_000 } })],
    })
    const send = () =>
      limited.request(
        new Request(`${ORIGIN}/fn/questions`, {
          method: 'POST',
          headers: {
            origin: ORIGIN,
            'content-type': 'application/json',
            authorization: `JWT ${tree.users.memberB1.token}`,
          },
          body: JSON.stringify({ text: WORKING_AWAY }),
        }),
      )
    expect((await send()).status).toBe(201)
    expect((await send()).status).toBe(201)
    const refused = await send()
    expect(refused.status).toBe(429)
    expect((await refused.json()).error.message).toMatch(/quá nhiều lần/)
  })
})

describe('POST /fn/questions/{id}/not-helpful', () => {
  it('sends an automatically answered question to the cell; once only; never someone else’s', async () => {
    const asked = await (await ask(tree.users.memberA1, WORKING_AWAY)).json()
    const id = asked.question.id
    expect(
      (await call(`/questions/${id}/not-helpful`, tree.users.memberB1, { method: 'POST', body: {} })).status,
    ).toBe(404)
    const response = await call(`/questions/${id}/not-helpful`, tree.users.memberA1, {
      method: 'POST',
      body: {},
    })
    expect(response.status).toBe(200)
    expect((await response.json()).question.status).toBe('pending')
    const [stored] = (
      await payload.find({
        collection: 'questions',
        where: { id: { equals: id } },
        ...asUser(tree.users.secretaryA1),
      })
    ).docs
    expect(stored).toMatchObject({ status: 'pending', assignedOrg: tree.orgs.a1.id })
    expect(stored!.notHelpfulAt).toBeTruthy()
    const again = await call(`/questions/${id}/not-helpful`, tree.users.memberA1, {
      method: 'POST',
      body: {},
    })
    expect(again.status).toBe(409)
    expect(
      (await call('/questions/khong-co/not-helpful', tree.users.memberA1, { method: 'POST', body: {} }))
        .status,
    ).toBe(404)
  })
})

describe('GET /fn/questions/mine', () => {
  it('lists only the member’s own questions with status and answers', async () => {
    const body = await (await call('/questions/mine', tree.users.memberA1)).json()
    expect(body.questions.length).toBeGreaterThanOrEqual(4)
    const statuses = new Set(body.questions.map((q: any) => q.status))
    expect(statuses).toEqual(new Set(['auto', 'pending']))
    const automatic = body.questions.find((q: any) => q.status === 'auto')
    expect(automatic.autoAnswer).toMatchObject({
      note: 'Trả lời tự động từ ngân hàng hỏi đáp',
      question: WORKING_AWAY,
    })
    const other = await (await call('/questions/mine', tree.users.memberB1)).json()
    expect(other.questions.every((q: any) => q.text === WORKING_AWAY)).toBe(true)
    expect((await call('/questions/mine', null)).status).toBe(401)
  })
})

describe('GET /fn/faq', () => {
  const search = async (q: string, who: Who) =>
    ((await (await call(`/faq?q=${encodeURIComponent(q)}`, who)).json()).results as any[]).map(
      (r) => r.question,
    )

  it('finds public entries for everyone, unaccented too', async () => {
    expect(await search('di lam an xa sinh hoat', null)).toContain(WORKING_AWAY)
  })

  it('shows members-only entries to members, and org entries only inside that org', async () => {
    const duty = `Lịch trực ban ${prefix} của đảng ủy xã`
    const own = `Lịch họp ${prefix} riêng của đảng ủy phường Bình Minh`
    expect(await search(`lịch trực ban ${prefix}`, null)).not.toContain(duty)
    expect(await search(`lich truc ban ${prefix}`, tree.users.memberA1)).toContain(duty)
    expect(await search(`lịch họp ${prefix}`, tree.users.memberA1)).not.toContain(own)
    expect(await search(`lịch họp ${prefix}`, tree.users.memberB1)).toContain(own)
  })

  it('refuses an empty or overlong query in Vietnamese', async () => {
    const response = await call('/faq?q=a', null)
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toMatch(/ít nhất 2 ký tự/)
    expect((await call(`/faq?q=${'a'.repeat(201)}`, null)).status).toBe(400)
  })
})
