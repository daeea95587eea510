import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { CALENDAR_MESSAGES } from '@sotay/content-schemas'
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { Agenda, EntryAnswer, FeedAnswer } from '../types.ts'
import { calendarRoutes } from './index.ts'
import { ONE_QUESTION } from './testing.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let meetingId: number | string
const marker = `Họp chi bộ ${Date.now()}`

type Who = { token: string } | null
function call(path: string, who: Who, body?: unknown, method?: string) {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

/** Vietnam's day, yyyy-mm-dd, `days` from now. */
const vnDay = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)
const agendaOf = async (who: Who, query = `?from=${vnDay(-1)}&to=${vnDay(30)}`) =>
  (await (await call(`/calendar${query}`, who)).json()) as Agenda

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    status: String(event.getFirstPropertyValue('status')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
  }))
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [calendarRoutes({ payload, uidHost: 'sotay.test' })] })
  tree = await buildAccessTree(payload, `cal${Date.now()}`)
  const startsAt = new Date(Date.now() + 3 * 86_400_000)
  // Scheduled by the cell's secretary as themself: the meeting's hook invites the people at home in A1.
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      title: marker,
      kind: 'thuong-ky',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      place: 'Nhà văn hóa thôn Đông',
      org: tree.orgs.a1.id,
    } as never,
    user: tree.users.secretaryA1,
    overrideAccess: false,
  })
  meetingId = meeting.id
  await payload.create({
    collection: 'tasks',
    data: {
      title: 'Nộp bản kiểm điểm cuối năm',
      dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      org: tree.orgs.a1.id,
      assignee: tree.users.memberA1.id,
    } as never,
    user: tree.users.secretaryA1,
    overrideAccess: false,
  })
})

describe('Lịch của tôi', () => {
  let entryId: number | string

  it('adds the member’s own entry with a reminder, and refuses an end before the start', async () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString()
    const response = await call('/calendar/entries', tree.users.memberA1, {
      title: 'Đi thăm gia đình đảng viên Nguyễn Văn Hùng',
      startsAt,
      reminder: '1h',
      place: 'Xóm 3',
    })
    expect(response.status).toBe(201)
    const { item } = (await response.json()) as EntryAnswer
    expect(item).toMatchObject({ uid: `entry-${item.id}`, kindLabel: 'Việc của tôi', alarmMinutes: 60 })
    expect(item.dateLabel).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(item.weekday).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)$/)
    entryId = item.id
    const bad = await call('/calendar/entries', tree.users.memberA1, {
      title: 'Sai giờ',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) - 60_000).toISOString(),
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.message).toBe(CALENDAR_MESSAGES.endBeforeStart)
  })

  it('shows in one agenda the entry, the meeting and the task deadline, in time order', async () => {
    const { items } = await agendaOf(tree.users.memberA1)
    const kinds = items.map((i) => i.kind)
    expect(kinds).toEqual(['entry', 'meeting', 'task'])
    expect(items[1]).toMatchObject({ title: marker, place: 'Nhà văn hóa thôn Đông', cancelled: false })
    expect(items[2].title).toBe('Hạn: Nộp bản kiểm điểm cuối năm')
  })

  it('shows a contest sent to the member’s subtree on its closing day, not a draft, not to another branch', async () => {
    const quiz = (published: boolean, title: string) =>
      payload.create({
        collection: 'quizzes',
        data: {
          title,
          kind: 'contest',
          published,
          org: tree.orgs.a.id,
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
          questions: ONE_QUESTION,
        } as never,
        overrideAccess: true,
      })
    const sent = await quiz(true, 'Tìm hiểu Điều lệ Đảng')
    await quiz(false, 'Bản nháp hội thi')
    const study = (await agendaOf(tree.users.memberA1)).items.filter((i) => i.kind === 'study')
    // A contest shows its opening and its close; a draft shows nothing.
    expect(study).toEqual([
      expect.objectContaining({
        uid: `study-${sent.id}-mo`,
        title: 'Hội thi mở: Tìm hiểu Điều lệ Đảng',
        kindLabel: 'Hạn học tập, thi',
      }),
      expect.objectContaining({
        uid: `study-${sent.id}-han`,
        title: 'Hội thi kết thúc: Tìm hiểu Điều lệ Đảng',
      }),
    ])
    expect((await agendaOf(tree.users.memberB1)).items.filter((i) => i.kind === 'study')).toEqual([])
  })

  it('shows a task given to a cell on its secretary’s agenda, at the time it was set, and to no one else', async () => {
    const dueAt = new Date(Date.now() + 6 * 86_400_000)
    dueAt.setUTCSeconds(0, 0)
    await payload.create({
      collection: 'tasks',
      data: {
        title: 'Rà soát danh sách đảng viên miễn sinh hoạt',
        dueAt: dueAt.toISOString(),
        org: tree.orgs.a.id,
        assigneeOrg: tree.orgs.a1.id,
      } as never,
      overrideAccess: true,
    })
    const title = 'Hạn: Rà soát danh sách đảng viên miễn sinh hoạt'
    const secretary = (await agendaOf(tree.users.secretaryA1)).items.filter((i) => i.title === title)
    expect(secretary).toEqual([expect.objectContaining({ kind: 'task', startsAt: dueAt.toISOString() })])
    expect(secretary[0]?.statusLabel).toBe('Chưa bắt đầu')
    for (const other of [tree.users.memberA1, tree.users.secretaryB1])
      expect((await agendaOf(other)).items.map((i) => i.title)).not.toContain(title)
  })

  it('refuses another member’s calendar, and keeps entries to their owner', async () => {
    const other = await call(`/calendar?member=${tree.users.memberA1.id}`, tree.users.memberB1)
    expect(other.status).toBe(403)
    expect((await other.json()).error.message).toBe('Bạn chỉ xem được lịch của chính mình.')
    const theirs = await agendaOf(tree.users.memberB1)
    expect(theirs.items).toEqual([])
    const removed = await call(`/calendar/entries/${entryId}`, tree.users.memberB1, undefined, 'DELETE')
    expect(removed.status).toBe(404)
    expect((await agendaOf(tree.users.memberA1)).items.map((i) => i.kind)).toContain('entry')
    expect((await call('/calendar?from=2027-01-01&to=2027-06-01', tree.users.memberA1)).status).toBe(400)
  })

  it('gives a secret iCal feed that parses, keeps its UIDs across fetches, marks a cancelled meeting, and can be revoked', async () => {
    const issued = await call('/calendar/feed', tree.users.memberA1, undefined, 'POST')
    expect(issued.status).toBe(201)
    const { url } = (await issued.json()) as FeedAnswer
    const path = new URL(url as string).pathname.replace(/^\/fn/, '')
    const first = await call(path, null)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toMatch(/^text\/calendar/)
    const events = parseFeed(await first.text())
    expect(events.map((e) => e.uid).sort()).toEqual(
      expect.arrayContaining([`entry-${entryId}@sotay.test`, `meeting-${meetingId}@sotay.test`]),
    )
    expect(events.find((e) => e.uid.startsWith('meeting-'))?.summary).toBe(marker)

    await payload.update({
      collection: 'meetings',
      id: meetingId,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
    const second = parseFeed(await (await call(path, null)).text())
    expect(second.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort())
    expect(second.find((e) => e.uid === `meeting-${meetingId}@sotay.test`)?.status).toBe('CANCELLED')

    const renewed = await call('/calendar/feed', tree.users.memberA1, undefined, 'POST')
    const newPath = new URL(((await renewed.json()) as FeedAnswer).url as string).pathname.replace(
      /^\/fn/,
      '',
    )
    expect((await call(path, null)).status).toBe(410)
    expect((await call(newPath, null)).status).toBe(200)
    expect((await call(newPath.replace(/[\w-]{8}\.ics$/, 'AAAAAAAA.ics'), null)).status).toBe(404)
    expect((await call('/calendar/feed', tree.users.memberA1, undefined, 'DELETE')).status).toBe(200)
    const revoked = await call(newPath, null)
    expect(revoked.status).toBe(410)
    expect((await revoked.json()).error.message).toBe(CALENDAR_MESSAGES.feedGone)
    expect((await agendaOf(tree.users.memberA1)).feedActive).toBe(false)
  })
})
