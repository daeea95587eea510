/**
 * The agenda's lean path (one SQL statement, the lean session check) answers exactly what reading every source
 * through Payload as the member answers (the access rules applied by Payload), for a member with entries,
 * meetings, task deadlines and study windows, for their cell's secretary and for a member of another branch; and,
 * like the inbox, it refuses a signed-out session at once.
 */
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { sessionRoutes } from '../session/index.ts'
import type { SignedInUser } from '../session/member.ts'
import { call, cookieOf, importedMember, ORIGIN } from '../session/testing.ts'
import type { Agenda } from '../types.ts'
import { hasActiveFeed } from './feed.ts'
import { agendaItems, calendarRoutes } from './index.ts'
import { ONE_QUESTION } from './testing.ts'

const DAY = 86_400_000
const PASSWORD = 'Hoa sen 2026'
let payload: Payload
let tree: AccessTree
let app: FunctionsApp
let member: { id: number | string; cookie: string }

/** Vietnam's day, yyyy-mm-dd, `days` from now. */
const vnDay = (days: number) => new Date(Date.now() + days * DAY + 7 * 3_600_000).toISOString().slice(0, 10)
const FROM = vnDay(-1)
const TO = vnDay(40)
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** The same window read through Payload's Local API as the person, with the access rules on. */
async function throughPayload(id: number | string): Promise<Agenda> {
  const user = {
    ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })),
    collection: 'users',
  } as unknown as SignedInUser
  const window = { from: new Date(`${FROM}T00:00:00+07:00`), to: new Date(`${TO}T00:00:00+07:00`) }
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    items: await agendaItems(payload, user, window),
    feedActive: await hasActiveFeed(payload, user),
  }
}

const agenda = (who: { cookie?: string; token?: string }) =>
  who.token
    ? app.request(`${ORIGIN}/fn/calendar?from=${FROM}&to=${TO}`, {
        headers: { authorization: `JWT ${who.token}` },
      })
    : call(app, `/calendar?from=${FROM}&to=${TO}`, { cookie: who.cookie })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `cl${Date.now()}`)
  app = createApp({
    routes: [
      sessionRoutes({ payload, failureFloorMs: 0 }),
      calendarRoutes({ payload, uidHost: 'sotay.test', cacheSeconds: 3600 }),
    ],
  })
  const m = await importedMember(payload, tree.orgs.a1, 'Đặng Thị Thu')
  const activated = await call(app, '/session/activate', {
    body: { cardNumber: m.cardNumber, activationCode: m.activationCode, newPassword: PASSWORD },
  })
  expect(activated.status).toBe(200)
  const login = await call(app, '/session/login', { body: { cardNumber: m.cardNumber, password: PASSWORD } })
  member = { id: m.id, cookie: cookieOf(login) }
  const self = {
    ...(await payload.findByID({ collection: 'users', id: m.id, depth: 0 })),
    collection: 'users',
  }
  for (const [i, reminder] of (['none', '15m', '1h', '1d'] as const).entries())
    await payload.create({
      collection: 'calendar-entries',
      data: {
        title: `Việc riêng ${i + 1}`,
        startsAt: inDays(i * 5 + 1),
        endsAt: i % 2 ? inDays(i * 5 + 1.1) : undefined,
        place: i % 2 ? 'Xóm 2' : undefined,
        note: i === 0 ? 'Mang sổ ghi chép' : undefined,
        reminder,
      } as never,
      user: self as never,
      overrideAccess: false,
    })
  // The cell's meetings invite the member; one is then cancelled.
  const meetings = []
  for (let i = 0; i < 3; i++)
    meetings.push(
      await payload.create({
        collection: 'meetings',
        data: {
          title: `Sinh hoạt chi bộ kỳ ${i + 1}`,
          kind: 'thuong-ky',
          startsAt: inDays(i * 7 + 2),
          endsAt: inDays(i * 7 + 2.08),
          place: 'Hội trường xã',
          org: tree.orgs.a1.id,
        } as never,
        user: tree.users.secretaryA1,
        overrideAccess: false,
      }),
    )
  await payload.update({
    collection: 'meetings',
    id: meetings[1].id,
    data: { status: 'cancelled' },
    overrideAccess: true,
  })
  // Task deadlines: two to the member (one overdue, one done), one to their cell (its secretary's), one cancelled.
  const task = (title: string, days: number, data: Record<string, unknown>) =>
    payload.create({
      collection: 'tasks',
      data: {
        title,
        description: `Nội dung: ${title}`,
        dueAt: inDays(days),
        org: tree.orgs.a1.id,
        ...data,
      } as never,
      overrideAccess: true,
    })
  await task('Nộp bản kiểm điểm', 3, { assignee: m.id })
  await task('Cập nhật lý lịch', -0.5, { assignee: m.id })
  await task('Đóng đảng phí quý IV', 9, { assignee: m.id, status: 'hoan-thanh' })
  await task('Rà soát đảng viên miễn sinh hoạt', 12, { org: tree.orgs.a.id, assigneeOrg: tree.orgs.a1.id })
  await task('Việc đã hủy', 14, { assignee: m.id, status: 'da-huy' })
  // Study windows: a contest and a quiz sent above the cell, a draft, a survey of the cell, one to the other branch.
  const quiz = (
    title: string,
    kind: string,
    published: boolean,
    org: unknown,
    opens: number,
    closes: number,
  ) =>
    payload.create({
      collection: 'quizzes',
      data: {
        title,
        kind,
        published,
        org,
        opensAt: inDays(opens),
        closesAt: inDays(closes),
        questions: ONE_QUESTION,
      } as never,
      overrideAccess: true,
    })
  await quiz('Hội thi tìm hiểu Điều lệ Đảng', 'contest', true, tree.orgs.a.id, 4, 20)
  await quiz('Trắc nghiệm Nghị quyết', 'quiz', true, tree.orgs.root.id, -30, 6)
  await quiz('Bản nháp', 'contest', false, tree.orgs.a.id, 4, 20)
  await quiz('Hội thi của nhánh B', 'contest', true, tree.orgs.b.id, 4, 20)
  await payload.create({
    collection: 'surveys',
    data: {
      title: 'Khảo sát nhu cầu bồi dưỡng',
      anonymous: false,
      published: true,
      opensAt: inDays(-1),
      closesAt: inDays(8),
      questions: [{ text: 'Mức độ hài lòng với buổi sinh hoạt chuyên đề', kind: 'scale', required: true }],
      org: tree.orgs.a1.id,
    } as never,
    overrideAccess: true,
  })
  expect((await call(app, '/calendar/feed', { cookie: member.cookie, body: {} })).status).toBe(201)
})

describe('the agenda’s lean path', () => {
  it('answers the member exactly as Payload reads their sources as them', async () => {
    const response = await agenda({ cookie: member.cookie })
    expect(response.status).toBe(200)
    const lean = (await response.json()) as Agenda
    expect(new Set(lean.items.map((i) => i.kind))).toEqual(new Set(['entry', 'meeting', 'task', 'study']))
    expect(lean.items.filter((i) => i.kind === 'study').map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Hội thi mở: Hội thi tìm hiểu Điều lệ Đảng',
        'Hạn khảo sát: Khảo sát nhu cầu bồi dưỡng',
      ]),
    )
    expect(lean.items.map((i) => i.title).join()).not.toMatch(/Bản nháp|nhánh B|Rà soát/)
    expect(lean.feedActive).toBe(true)
    expect(lean).toEqual(await throughPayload(member.id))
  })

  it('answers the cell’s secretary (the cell’s task) and another branch’s member the same way', async () => {
    for (const who of [tree.users.secretaryA1, tree.users.memberB1, tree.users.memberA1]) {
      const response = await agenda({ token: who.token })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(await throughPayload(who.id))
    }
    const secretary = (await (await agenda({ token: tree.users.secretaryA1.token })).json()) as Agenda
    expect(secretary.items.map((i) => i.title)).toContain('Hạn: Rà soát đảng viên miễn sinh hoạt')
  })

  it('refuses a signed-out session at once, though its sessions were trusted for an hour', async () => {
    const again = cookieOf(
      await call(app, '/session/login', {
        body: {
          cardNumber: (await payload.findByID({ collection: 'users', id: member.id })).username,
          password: PASSWORD,
        },
      }),
    )
    expect((await agenda({ cookie: again })).status).toBe(200)
    expect((await call(app, '/session/logout', { body: {}, cookie: again })).status).toBe(200)
    const refused = await agenda({ cookie: again })
    expect(refused.status).toBe(401)
    expect((await refused.json()).error.message).toMatch(/chưa đăng nhập hoặc phiên đăng nhập đã hết hạn/)
    expect((await agenda({ cookie: member.cookie })).status).toBe(200)
    expect((await agenda({})).status).toBe(401)
  })
})
