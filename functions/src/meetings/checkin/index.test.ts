import type { Meeting, MeetingAttendance } from '@sotay/cms'
import { memoryRateLimiter } from '@sotay/cms/auth'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { CHECKIN_SLOT_MS, checkinToken } from '@sotay/content-schemas/meetings/checkinCode'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../../app.ts'
import type { CheckinCode, CheckinResult, Checkins, ErrorAnswer, TickResult } from '../../types.ts'
import { cellMeeting, cellMembers, type Person } from '../testMeeting.ts'
import { checkinRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let meeting: Meeting
let later: Meeting
let people: Person[]
// The clock the routes read: tests move it to try expiry and the window.
let clock = Date.now()

function call(path: string, who: { token: string } | null, body?: unknown) {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

const rowOf = async (member: { id: number | string }, m: Meeting = meeting) =>
  (
    await payload.find({
      collection: 'meeting-attendance',
      where: { and: [{ meeting: { equals: m.id } }, { member: { equals: member.id } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0] as MeetingAttendance | undefined

const codeNow = async () =>
  (await (await call(`/meetings/${meeting.id}/checkin-code`, tree.users.secretaryA1)).json()) as CheckinCode

async function refused(response: Response, status: number, code: string, words: RegExp) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as ErrorAnswer
  expect(body.error.code).toBe(code)
  expect(body.error.message).toMatch(words)
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({
    routes: [checkinRoutes({ payload, rateLimiter: memoryRateLimiter(), now: () => clock })],
  })
  const prefix = `ck${Date.now()}`
  tree = await buildAccessTree(payload, prefix)
  people = await cellMembers(payload, tree, prefix, [
    'Nguyễn Văn Quét',
    'Trần Thị Nhập',
    'Lê Văn Không Điện Thoại',
    'Phạm Thị Đoán Mò',
  ])
  meeting = await cellMeeting(payload, tree, 'Sinh hoạt chi bộ tháng 12', Date.now() - 10 * 60_000)
  later = await cellMeeting(payload, tree, 'Sinh hoạt chi bộ tháng sau', Date.now() + 20 * 86_400_000)
})

describe('the secretary’s rotating code', () => {
  it('gives a QR address on the diem-danh page and a 6-digit code that changes every 30 s', async () => {
    clock = Date.now()
    const first = await codeNow()
    expect(first.url).toMatch(new RegExp(`^${ORIGIN}/thanh-vien/diem-danh/#${meeting.id}\\.\\d+\\.[\\w-]+$`))
    expect(first.code).toMatch(/^\d{6}$/)
    expect(new Date(first.expiresAt).getTime() - new Date(first.nextAt).getTime()).toBe(CHECKIN_SLOT_MS)
    clock += CHECKIN_SLOT_MS
    const second = await codeNow()
    expect(second.slot).toBe(first.slot + 1)
    expect(second.url).not.toBe(first.url)
    clock = Date.now()
  })

  it('is refused to a member who does not run the meeting, and outside the window', async () => {
    await refused(
      await call(`/meetings/${meeting.id}/checkin-code`, tree.users.memberA1),
      403,
      'not_runner',
      /bí thư/,
    )
    await refused(
      await call(`/meetings/${later.id}/checkin-code`, tree.users.secretaryA1),
      409,
      'outside_window',
      /Chưa đến giờ/,
    )
    await refused(
      await call(`/meetings/${meeting.id}/checkin-code`, tree.users.secretaryB1),
      404,
      'not_found',
      /Không tìm thấy/,
    )
  })
})

describe('a member’s check-in', () => {
  it('by the QR code: "Đã điểm danh lúc HH:mm", and a second scan keeps the first time', async () => {
    const { url } = await codeNow()
    const response = await call('/meetings/checkin', people[0], { token: url })
    expect(response.status).toBe(200)
    const result = (await response.json()) as CheckinResult
    expect(result).toMatchObject({ method: 'qr', already: false, title: 'Sinh hoạt chi bộ tháng 12' })
    expect(result.message).toBe(`Đã điểm danh lúc ${result.time}.`)
    expect(result.time).toMatch(/^\d\d:\d\d$/)
    const row = await rowOf(people[0])
    expect(row?.checkinMethod).toBe('qr')
    clock += 5000
    const again = (await (
      await call(`/meetings/${meeting.id}/checkin`, people[0], { code: (await codeNow()).code })
    ).json()) as CheckinResult
    expect(again).toMatchObject({ already: true, method: 'qr', checkedInAt: row?.checkedInAt })
    expect(again.message).toMatch(/đã điểm danh lúc .* rồi/)
    clock = Date.now()
  })

  it('by the typed 6-digit code, the previous slot’s code still accepted', async () => {
    const { code } = await codeNow()
    clock += CHECKIN_SLOT_MS
    const response = await call(`/meetings/${meeting.id}/checkin`, people[1], {
      code: `${code.slice(0, 3)} ${code.slice(3)}`,
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as CheckinResult).method).toBe('code')
    expect((await rowOf(people[1]))?.checkinMethod).toBe('code')
    clock = Date.now()
  })

  it('refuses an expired code, a forged one, another cell’s member, outside the window, signed out: nothing changes', async () => {
    const target = people[2]
    const { url, code } = await codeNow()
    clock += 3 * CHECKIN_SLOT_MS
    await refused(await call('/meetings/checkin', target, { token: url }), 400, 'expired_code', /hết hạn/)
    await refused(
      await call(`/meetings/${meeting.id}/checkin`, target, { code }),
      400,
      'expired_code',
      /hết hạn/,
    )
    clock = Date.now()
    const forged = checkinToken('not-the-secret', String(meeting.id), Math.floor(clock / CHECKIN_SLOT_MS))
    await refused(
      await call('/meetings/checkin', target, { token: forged }),
      400,
      'invalid_code',
      /không đúng/,
    )
    await refused(
      await call('/meetings/checkin', target, { token: 'https://example.com/' }),
      400,
      'invalid_code',
      /không phải mã điểm danh/,
    )
    const fresh = await codeNow()
    await refused(
      await call('/meetings/checkin', tree.users.memberB1, { token: fresh.url }),
      403,
      'not_invited',
      /không có tên/,
    )
    await refused(
      await call(`/meetings/${meeting.id}/checkin`, tree.users.memberB1, { code: fresh.code }),
      403,
      'not_invited',
      /không có tên/,
    )
    await refused(
      await call('/meetings/checkin', null, { token: fresh.url }),
      401,
      'not_signed_in',
      /đăng nhập/,
    )
    // A real token of the later meeting, signed with its own secret, still waits for its window.
    const laterSecret = (
      (await payload.findByID({
        collection: 'meetings',
        id: later.id,
        overrideAccess: true,
        showHiddenFields: true,
      })) as {
        checkinSecret: string
      }
    ).checkinSecret
    const laterToken = checkinToken(laterSecret, String(later.id), Math.floor(clock / CHECKIN_SLOT_MS))
    await refused(
      await call('/meetings/checkin', target, { token: laterToken }),
      409,
      'outside_window',
      /Chưa đến giờ/,
    )
    clock = new Date(meeting.endsAt).getTime() + 31 * 60_000
    const late = checkinToken(laterSecret, String(meeting.id), Math.floor(clock / CHECKIN_SLOT_MS))
    await refused(await call('/meetings/checkin', target, { token: late }), 409, 'outside_window', /hết giờ/)
    clock = Date.now()
    expect((await rowOf(target))?.checkedInAt ?? null).toBeNull()
    expect(await rowOf(tree.users.memberB1)).toBeUndefined()
    expect((await rowOf(target, later))?.checkedInAt ?? null).toBeNull()
  })

  it('finds the member’s meeting for a code typed on the Điểm danh page, without its id', async () => {
    const { code } = await codeNow()
    const again = await call('/meetings/checkin', people[0], { code })
    expect(again.status).toBe(200)
    expect(((await again.json()) as CheckinResult).already).toBe(true)
    await refused(
      await call('/meetings/checkin', tree.users.memberB1, { code }),
      409,
      'no_meeting_now',
      /không có cuộc họp/,
    )
  })

  it('limits typed guesses per member: after 8 wrong codes even the right one waits', async () => {
    const guesser = people[3]
    const { code } = await codeNow()
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 8; i++)
      await refused(
        await call(`/meetings/${meeting.id}/checkin`, guesser, { code: wrong }),
        400,
        'invalid_code',
        /không đúng/,
      )
    const response = await call(`/meetings/${meeting.id}/checkin`, guesser, { code })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBeTruthy()
    expect((await rowOf(guesser))?.checkedInAt ?? null).toBeNull()
    // The QR needs no guessing and is not limited.
    expect((await call('/meetings/checkin', guesser, { token: (await codeNow()).url })).status).toBe(200)
  })
})

describe('the secretary’s list and hand tick', () => {
  it('ticks a member without a phone ("manual"), counts who is present, and unticks', async () => {
    const noPhone = people[2]
    const tick = await call(`/meetings/${meeting.id}/attendance/${noPhone.id}/tick`, tree.users.secretaryA1, {
      present: true,
    })
    expect(tick.status).toBe(200)
    const ticked = (await tick.json()) as TickResult
    expect(ticked.attendee).toMatchObject({
      fullName: noPhone.fullName,
      method: 'manual',
      methodLabel: 'Bí thư điểm danh',
    })
    expect(ticked.message).toMatch(/Đã điểm danh cho đồng chí Lê Văn/)
    const list = (await (
      await call(`/meetings/${meeting.id}/checkins`, tree.users.secretaryA1)
    ).json()) as Checkins
    expect(list.present).toBe(4)
    expect(list.people.find((p) => p.memberId === people[0].id)?.methodLabel).toBe('Quét mã QR')
    expect(list.invited).toBeGreaterThanOrEqual(6)
    const untick = (await (
      await call(`/meetings/${meeting.id}/attendance/${noPhone.id}/tick`, tree.users.secretaryA1, {
        present: false,
      })
    ).json()) as TickResult
    expect(untick.present).toBe(3)
    expect((await rowOf(noPhone))?.checkedInAt ?? null).toBeNull()
  })

  it('is refused to a member and to another cell’s secretary, and for someone not invited', async () => {
    await refused(
      await call(`/meetings/${meeting.id}/attendance/${people[2].id}/tick`, tree.users.memberA1, {
        present: true,
      }),
      403,
      'not_runner',
      /bí thư/,
    )
    await refused(
      await call(`/meetings/${meeting.id}/checkins`, tree.users.memberA1),
      403,
      'not_runner',
      /bí thư/,
    )
    await refused(
      await call(`/meetings/${meeting.id}/attendance/${people[2].id}/tick`, tree.users.secretaryB1, {
        present: true,
      }),
      404,
      'not_found',
      /Không tìm thấy/,
    )
    await refused(
      await call(
        `/meetings/${meeting.id}/attendance/${tree.users.memberB1.id}/tick`,
        tree.users.secretaryA1,
        { present: true },
      ),
      404,
      'not_invited',
      /không có tên/,
    )
    expect((await rowOf(people[2]))?.checkedInAt ?? null).toBeNull()
  })
})
