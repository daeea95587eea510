/**
 * Meetings' notices and jobs on a real database: the invitation reaches the invited people's inbox; a move and a
 * cancellation are told; reminders go once; the 20th rule reminds the cells that have not posted, once a day;
 * the Article 8 flag; the oversight verdicts. Jobs run at chosen "now" values; each test reads only its own rows.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { inboxRecipients, runFanOutJob } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import type { Meeting } from '../../payload-types.ts'
import { flagArticle8 } from './jobs/article8.ts'
import { sendMeetingReminders } from './jobs/reminders.ts'
import { remindTwentiethRule, twentiethReminderTitle } from './jobs/twentiethRule.ts'
import { MEETINGS_QUIET_CONTEXT } from './notify.ts'
import { attendanceReport } from './reports/attendanceReport.ts'
import { monthOversight } from './reports/oversight.ts'

let payload: Payload
let tree: AccessTree
let exempt: { id: number | string }
const DAY = 24 * 3600_000
const marker = `MT${Date.now()}`

const noticesTitled = async (title: string) =>
  (
    await payload.find({
      collection: 'notices',
      where: { title: { like: title } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

function meetingData(org: number | string, startsAt: Date, extra: Record<string, unknown> = {}) {
  return {
    title: `Sinh hoạt ${marker} ${startsAt.toISOString().slice(0, 10)}`,
    kind: 'thuong-ky',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    place: 'Hội trường thôn Đông',
    org,
    ...extra,
  } as any
}

const quiet = (org: number | string, startsAt: Date, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'meetings',
    data: meetingData(org, startsAt, extra),
    overrideAccess: true,
    depth: 0,
    context: { [MEETINGS_QUIET_CONTEXT]: true },
  }) as Promise<Meeting>

async function rowsOf(meeting: Meeting) {
  return (
    await payload.find({
      collection: 'meeting-attendance',
      where: { meeting: { equals: meeting.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs
}

async function checkIn(meeting: Meeting, member: number | string, method = 'qr') {
  const row = (await rowsOf(meeting)).find((r: any) => String(r.member) === String(member))!
  await payload.update({
    collection: 'meeting-attendance',
    id: row.id,
    data: { checkedInAt: meeting.startsAt, checkinMethod: method } as any,
    overrideAccess: true,
  })
}

async function replyAbsent(meeting: Meeting, member: number | string, reason: string) {
  const row = (await rowsOf(meeting)).find((r: any) => String(r.member) === String(member))!
  await payload.update({
    collection: 'meeting-attendance',
    id: row.id,
    data: { reply: 'absent', reason } as any,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, marker)
  exempt = await payload.create({
    collection: 'users',
    data: {
      username: `${marker}-mien`.toLowerCase(),
      password: 'MatKhau@2026',
      fullName: 'Bùi Văn Miễn',
      org: tree.orgs.a1.id,
      status: 'mien-sinh-hoat',
    } as any,
  })
})

describe('invitations through the notices pipeline', () => {
  let meeting: Meeting

  it('invites the cell (the exempt too, marked) and sends them one notice with time, place and the page', async () => {
    const startsAt = new Date(Date.now() + 10 * DAY)
    meeting = (await payload.create({
      collection: 'meetings',
      data: meetingData(tree.orgs.a1.id, startsAt),
      user: tree.users.secretaryA1,
      overrideAccess: false,
      depth: 0,
    })) as Meeting
    const rows = await rowsOf(meeting)
    expect(rows.map((r: any) => String(r.member)).sort()).toEqual(
      [tree.users.secretaryA1.id, tree.users.memberA1.id, exempt.id].map(String).sort(),
    )
    expect(rows.find((r: any) => String(r.member) === String(exempt.id))?.exempt).toBe(true)
    const [invitation] = await noticesTitled(`Giấy mời: ${meeting.title}`)
    expect(invitation.body).toContain('Hội trường thôn Đông')
    expect(invitation.body).toContain(`/thanh-vien/sinh-hoat/#${meeting.id}`)
    await runFanOutJob(payload, invitation.id)
    expect(await inboxRecipients(payload, invitation.id)).toEqual(
      [tree.users.secretaryA1.id, tree.users.memberA1.id, exempt.id].map(String).sort(),
    )
  })

  it('tells them of a new place, and of a cancellation', async () => {
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { place: 'Nhà văn hóa thôn' },
      user: tree.users.secretaryA1,
      overrideAccess: false,
    })
    const [moved] = await noticesTitled(`Thay đổi lịch họp: ${meeting.title}`)
    expect(moved.body).toContain('Nhà văn hóa thôn')
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { status: 'cancelled' },
      user: tree.users.secretaryA1,
      overrideAccess: false,
    })
    expect(await noticesTitled(`Hủy cuộc họp: ${meeting.title}`)).toHaveLength(1)
  })

  it('refuses a meeting of another subtree, and creates nothing', async () => {
    const before = await payload.count({
      collection: 'meetings',
      where: { org: { equals: tree.orgs.b1.id } },
    })
    await expect(
      payload.create({
        collection: 'meetings',
        data: meetingData(tree.orgs.b1.id, new Date(Date.now() + 9 * DAY)),
        user: tree.users.secretaryA1,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const after = await payload.count({ collection: 'meetings', where: { org: { equals: tree.orgs.b1.id } } })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

describe('reminders before a meeting', () => {
  it('sends the day-before and the hour-before reminder once each, and not to those who replied Vắng', async () => {
    const startsAt = new Date(Date.now() + 20 * DAY)
    const meeting = (await payload.create({
      collection: 'meetings',
      data: meetingData(tree.orgs.a1.id, startsAt, { title: `Nhắc ${marker}` }),
      overrideAccess: true,
      depth: 0,
    })) as Meeting
    await replyAbsent(meeting, exempt.id, 'Đang điều trị')
    const at = (ms: number) => new Date(startsAt.getTime() - ms)
    await sendMeetingReminders(payload, at(20 * 3600_000))
    await sendMeetingReminders(payload, at(19 * 3600_000))
    const dayBefore = await noticesTitled(`Nhắc lịch họp ngày mai: Nhắc ${marker}`)
    expect(dayBefore).toHaveLength(1)
    expect((dayBefore[0].targetUsers as unknown[]).map(String).sort()).toEqual(
      [tree.users.secretaryA1.id, tree.users.memberA1.id].map(String).sort(),
    )
    expect(await noticesTitled(`Sắp họp (còn khoảng 1 giờ): Nhắc ${marker}`)).toHaveLength(0)
    await sendMeetingReminders(payload, at(50 * 60_000))
    await sendMeetingReminders(payload, at(40 * 60_000))
    expect(await noticesTitled(`Sắp họp (còn khoảng 1 giờ): Nhắc ${marker}`)).toHaveLength(1)
    const stored = (await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })) as Meeting
    expect(stored.remindedDayBeforeAt).toBeTruthy()
    expect(stored.remindedHourBeforeAt).toBeTruthy()
  })
})

describe('the 20th rule', () => {
  // 16/03/2030 09:00 in Hà Nội; next month is 04/2030.
  const day16 = new Date('2030-03-16T02:00:00Z')
  const title = twentiethReminderTitle('2030-04')
  const remindedCells = async () =>
    (await noticesTitled(title))
      .map((n: any) => String(n.targetOrg))
      .filter((id) => [tree.orgs.a1.id, tree.orgs.b1.id].map(String).includes(id))
      .sort()

  it('reminds the secretary of each cell that has not posted, once a day, and not outside the 15th–20th', async () => {
    await quiet(tree.orgs.a1.id, new Date('2030-04-05T01:00:00Z'))
    expect(await remindTwentiethRule(payload, new Date('2030-03-14T02:00:00Z'))).toEqual([])
    await remindTwentiethRule(payload, day16)
    await remindTwentiethRule(payload, new Date(day16.getTime() + 3600_000))
    expect(await remindedCells()).toEqual([String(tree.orgs.b1.id)])
    const [notice] = (await noticesTitled(title)).filter(
      (n: any) => String(n.targetOrg) === String(tree.orgs.b1.id),
    )
    expect(notice.targetRoles).toEqual(['secretary'])
    await remindTwentiethRule(payload, new Date('2030-03-17T02:00:00Z'))
    expect(await remindedCells()).toEqual([String(tree.orgs.b1.id), String(tree.orgs.b1.id)])
    expect(await remindTwentiethRule(payload, new Date('2030-03-21T02:00:00Z'))).toEqual([])
  })

  it('gives the committee a verdict per cell: on time, late, not posted; held and the attendance rate', async () => {
    // Posted today for this very month: past the 20th of last month, so late.
    const thisMonthMeeting = new Date(Date.now() + 2 * DAY)
    const month = thisMonthMeeting.toISOString().slice(0, 7)
    await quiet(tree.orgs.b1.id, thisMonthMeeting)
    const late = await monthOversight(payload, tree.orgs.root.id, month)
    const b1 = late.cells.find((c) => String(c.org.id) === String(tree.orgs.b1.id))
    expect(b1?.posting).toBe('late')

    const held = await quiet(tree.orgs.a1.id, new Date('2030-05-06T01:00:00Z'))
    await checkIn(held, tree.users.memberA1.id)
    await replyAbsent(held, tree.users.secretaryA1.id, 'Đi công tác')
    const report = await monthOversight(payload, tree.orgs.a.id, '2030-05', new Date('2030-05-07T00:00:00Z'))
    expect(report.cells.map((c) => c.org.name)).toEqual([tree.orgs.a1.name])
    expect(report.cells[0]).toMatchObject({
      posting: 'on-time',
      held: true,
      invited: 3,
      present: 1,
      expected: 2,
    })
    expect(report.cells[0].rate).toBeCloseTo(0.5)
    const b = await monthOversight(payload, tree.orgs.b.id, '2030-05')
    expect(b.cells[0]).toMatchObject({ posting: 'not-posted', held: false, rate: null })
  })
})

describe('Article 8: absent without good reason in 3 months of a year', () => {
  it('flags the member to the secretary once, not the excused nor the exempt', async () => {
    const months = ['2031-01-10', '2031-02-10', '2031-03-10']
    for (const [i, day] of months.entries()) {
      const m = await quiet(tree.orgs.a1.id, new Date(`${day}T01:00:00Z`))
      if (i === 0) await checkIn(m, tree.users.secretaryA1.id, 'manual')
      else await replyAbsent(m, tree.users.secretaryA1.id, 'Ốm, nằm viện')
    }
    const now = new Date('2031-03-11T02:00:00Z')
    const report = await attendanceReport(payload, tree.orgs.a1.id, now)
    const hoa = report.members.find((m) => String(m.member.id) === String(tree.users.memberA1.id))
    expect(hoa).toMatchObject({ flagged: true, unexcusedMonths: ['2031-01', '2031-02', '2031-03'] })
    const dong = report.members.find((m) => String(m.member.id) === String(tree.users.secretaryA1.id))
    expect(dong?.flagged).toBe(false)
    expect(report.members.find((m) => String(m.member.id) === String(exempt.id))?.flagged).toBe(false)

    expect((await flagArticle8(payload, now)).map(String)).toEqual([String(tree.users.memberA1.id)])
    expect(await flagArticle8(payload, new Date(now.getTime() + 3600_000))).toEqual([])
    const [notice] = await noticesTitled('Đỗ Thị Hoa')
    expect(notice.title).toContain('3 tháng trong năm 2031')
    expect(notice.body).toContain('01/2031, 02/2031, 03/2031')
  })
})
