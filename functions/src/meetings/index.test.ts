/** The meeting functions on a real database: replies and their refusals, scheduling inside one's subtree only, the runner's list, the committee's oversight. */
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type {
  MeetingAttendanceAnswer,
  MeetingAttendanceReport,
  MeetingList,
  MeetingOversight,
  MeetingScheduleAnswer,
} from '../types.ts'
import { meetingsRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const DAY = 24 * 3600_000
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let meetingId: string

function call(path: string, who: { token: string } | null, body?: unknown, method?: string) {
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

const schedule = (
  who: { token: string },
  org: unknown,
  startsAt: Date,
  extra: Record<string, unknown> = {},
) =>
  call('/meetings', who, {
    org,
    kind: 'thuong-ky',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    place: 'Nhà văn hóa thôn Đông',
    agenda: ['Kiểm điểm công tác tháng', 'Phương hướng tháng tới'],
    ...extra,
  })

const meetingsIn = async (org: unknown) =>
  (await payload.count({ collection: 'meetings', where: { org: { equals: org } }, overrideAccess: true }))
    .totalDocs

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [meetingsRoutes({ payload })] })
  tree = await buildAccessTree(payload, `mtf${Date.now()}`)
})

describe('scheduling from the member app', () => {
  it('schedules a meeting of the secretary’s own cell, says it is on time, and invites the cell', async () => {
    const response = await schedule(
      tree.users.secretaryA1,
      tree.orgs.a1.id,
      new Date(Date.now() + 40 * DAY),
      {
        chair: tree.users.secretaryA1.id,
        online: true,
      },
    )
    expect(response.status).toBe(201)
    const body = (await response.json()) as MeetingScheduleAnswer
    meetingId = String(body.meeting.id)
    expect(body.meeting).toMatchObject({
      kindLabel: 'Sinh hoạt thường kỳ',
      runs: true,
      isChair: true,
      online: true,
    })
    expect(body.meeting.agenda.map((a) => a.title)).toEqual([
      'Kiểm điểm công tác tháng',
      'Phương hướng tháng tới',
    ])
    expect(body.meeting.when).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/)
    expect(typeof body.onTime).toBe('boolean')
    const list = (await (await call('/meetings', tree.users.memberA1)).json()) as MeetingList
    expect(list.meetings.find((m) => String(m.id) === meetingId)).toMatchObject({
      runs: false,
      mine: { reply: null },
    })
    expect(list.oversees).toBe(false)
  })

  it('refuses a meeting outside one’s subtree in Vietnamese, and creates nothing', async () => {
    const before = await meetingsIn(tree.orgs.b1.id)
    const response = await schedule(tree.users.secretaryA1, tree.orgs.b1.id, new Date(Date.now() + 40 * DAY))
    expect(response.status).toBe(403)
    expect(((await response.json()) as any).error.message).toContain('ngoài phạm vi')
    const member = await schedule(tree.users.memberA1, tree.orgs.a1.id, new Date(Date.now() + 40 * DAY))
    expect(member.status).toBe(403)
    expect(await meetingsIn(tree.orgs.b1.id)).toBe(before)
  })

  it('refuses an end before the start', async () => {
    const start = new Date(Date.now() + 41 * DAY)
    const response = await schedule(tree.users.secretaryA1, tree.orgs.a1.id, start, {
      endsAt: new Date(start.getTime() - 3600_000).toISOString(),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as any).error.message).toBe('Giờ kết thúc phải sau giờ bắt đầu.')
  })
})

describe('replies', () => {
  it('takes Có mặt, then Vắng with a reason, and refuses Vắng without one', async () => {
    const present = await call(`/meetings/${meetingId}/reply`, tree.users.memberA1, { reply: 'present' })
    expect(present.status).toBe(200)
    const noReason = await call(`/meetings/${meetingId}/reply`, tree.users.memberA1, {
      reply: 'absent',
      reason: '  ',
    })
    expect(noReason.status).toBe(400)
    expect(((await noReason.json()) as any).error.message).toBe('Xin ghi lý do vắng mặt.')
    const absent = await call(`/meetings/${meetingId}/reply`, tree.users.memberA1, {
      reply: 'absent',
      reason: 'Đi công tác tỉnh ngoài',
    })
    expect(((await absent.json()) as any).mine).toMatchObject({
      reply: 'absent',
      reason: 'Đi công tác tỉnh ngoài',
    })
  })

  it('refuses a reply from someone not invited, and changes nothing', async () => {
    const stranger = await call(`/meetings/${meetingId}/reply`, tree.users.memberB1, { reply: 'present' })
    expect(stranger.status).toBe(404)
    // The committee above reads the meeting but holds no invitation.
    const committee = await call(`/meetings/${meetingId}/reply`, tree.users.adminA, { reply: 'present' })
    expect(committee.status).toBe(403)
    expect(((await committee.json()) as any).error.message).toContain('không có tên trong danh sách được mời')
  })

  it('refuses a reply once the meeting has started', async () => {
    const started = (await payload.create({
      collection: 'meetings',
      data: {
        title: 'Sinh hoạt đang diễn ra',
        kind: 'thuong-ky',
        startsAt: new Date(Date.now() - 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 3600_000).toISOString(),
        org: tree.orgs.a1.id,
      } as any,
      overrideAccess: true,
    })) as any
    const response = await call(`/meetings/${started.id}/reply`, tree.users.memberA1, { reply: 'present' })
    expect(response.status).toBe(409)
    expect(((await response.json()) as any).error.message).toBe(
      'Cuộc họp đã bắt đầu, không thể sửa câu trả lời nữa.',
    )
  })

  it('shows the runner who replied, with reasons, who has not, and the exempt apart', async () => {
    await call(`/meetings/${meetingId}/reply`, tree.users.secretaryA1, { reply: 'present' })
    const response = await call(`/meetings/${meetingId}/attendance`, tree.users.secretaryA1)
    const body = (await response.json()) as MeetingAttendanceAnswer
    expect(body.counts).toMatchObject({ invited: 2, coming: 1, excused: 1, noReply: 0 })
    const hoa = body.attendees.find((a) => a.member.fullName === 'Đỗ Thị Hoa')
    expect(hoa).toMatchObject({ presenceLabel: 'Vắng có lý do', reason: 'Đi công tác tỉnh ngoài' })
    expect((await call(`/meetings/${meetingId}/attendance`, tree.users.memberA1)).status).toBe(403)
  })

  it('lets the runner move the meeting, and refuses a member', async () => {
    const member = await call(`/meetings/${meetingId}`, tree.users.memberA1, { place: 'Nhà tôi' }, 'PATCH')
    expect(member.status).toBe(403)
    const moved = await call(
      `/meetings/${meetingId}`,
      tree.users.secretaryA1,
      { place: 'Hội trường xã' },
      'PATCH',
    )
    expect(moved.status).toBe(200)
    expect(((await moved.json()) as any).meeting.place).toBe('Hội trường xã')
  })
})

describe('people to choose a chair and a recorder', () => {
  it('lists the cell’s people to its secretary, and refuses another cell', async () => {
    const mine = await call(`/meetings/people?org=${tree.orgs.a1.id}`, tree.users.secretaryA1)
    const names = ((await mine.json()) as any).people.map((p: any) => p.fullName)
    expect(names).toEqual(expect.arrayContaining(['Đỗ Thị Hoa', 'Hoàng Văn Đông']))
    expect((await call(`/meetings/people?org=${tree.orgs.b1.id}`, tree.users.secretaryA1)).status).toBe(403)
  })
})

describe('oversight', () => {
  it('shows the committee above each cell with its verdict, and refuses a member', async () => {
    const stored = (await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0 })) as any
    const response = await call(`/meetings/oversight?month=${stored.month}`, tree.users.adminA)
    expect(response.status).toBe(200)
    const body = (await response.json()) as MeetingOversight
    expect(body.cells.map((c) => c.org.name)).toEqual([tree.orgs.a1.name])
    expect(body.cells[0].postingLabel).toBe(stored.postedOnTime ? 'Đăng đúng hạn' : 'Đăng muộn')
    const outside = await call(
      `/meetings/oversight?month=${stored.month}&org=${tree.orgs.b.id}`,
      tree.users.adminA,
    )
    expect(outside.status).toBe(403)
    expect((await call('/meetings/oversight', tree.users.memberA1)).status).toBe(403)
    expect((await call('/meetings/oversight?month=2027-13', tree.users.adminA)).status).toBe(400)
    const report = (await (
      await call(`/meetings/attendance-report?org=${tree.orgs.a1.id}`, tree.users.secretaryA1)
    ).json()) as MeetingAttendanceReport
    expect(report.org.name).toBe(tree.orgs.a1.name)
  })
})
