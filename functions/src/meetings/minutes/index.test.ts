import { type AccessTree, buildAccessTree, PASSWORD, testPayload } from '@sotay/cms/testing'
import { hideArrayPrototypePollution, MINUTES_MESSAGES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../../app.ts'
import type { MinutesAnswer } from '../../types.ts'
import { minutesRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let meetingId: string | number
type Who = { id: number | string; token: string }
let recorder: Who
let present: Who
let absent: Who

function call(method: string, path: string, who: Who | null, body?: unknown) {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  return app.request(
    new Request(`${ORIGIN}/fn/meetings/${meetingId}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}
const minutesOf = async (who: Who) => (await (await call('GET', '/minutes', who)).json()) as MinutesAnswer

async function person(name: string, suffix: string): Promise<Who> {
  const username = `${tree.users.memberA1.username}-${suffix}`
  const user = await payload.create({
    collection: 'users',
    data: { username, password: PASSWORD, fullName: name, org: tree.orgs.a1.id } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { username, password: PASSWORD } as never,
  })
  return { id: user.id, token: token! }
}

/** What a check-in and a closed vote leave behind (the `checkin` functions write these in production). */
async function checkIn(member: Who['id'], method: 'qr' | 'online') {
  const { docs } = await payload.find({
    collection: 'meeting-attendance',
    where: { and: [{ meeting: { equals: meetingId } }, { member: { equals: member } }] },
    limit: 1,
  })
  await payload.update({
    collection: 'meeting-attendance',
    id: docs[0]!.id,
    data: { checkedInAt: new Date().toISOString(), checkinMethod: method },
  })
}

async function replyAbsent(member: Who['id'], reason: string) {
  const { docs } = await payload.find({
    collection: 'meeting-attendance',
    where: { and: [{ meeting: { equals: meetingId } }, { member: { equals: member } }] },
    limit: 1,
  })
  await payload.update({
    collection: 'meeting-attendance',
    id: docs[0]!.id,
    data: { reply: 'absent', reason },
  })
}

async function closedVote(question: string, counts: Record<string, number>) {
  await payload.create({
    collection: 'meeting-votes',
    data: {
      meeting: meetingId,
      org: tree.orgs.a1.id,
      agendaItem: 'Kết nạp đảng viên mới',
      question,
      secret: true,
      choices: Object.keys(counts).map((label) => ({ label })),
      counts,
      votersCount: Object.values(counts).reduce((a, b) => a + b, 0),
      status: 'closed',
      closedAt: new Date().toISOString(),
    } as never,
  })
}

async function pdfText(bytes: ArrayBuffer) {
  hideArrayPrototypePollution()
  const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)))
  const items: { str: string; x: number; y: number }[] = []
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent()
    for (const item of content.items as { str: string; transform: number[] }[])
      if (item.str.trim()) items.push({ str: item.str, x: item.transform[4]!, y: item.transform[5]! })
  }
  return { text: items.map((i) => i.str).join('\n'), items }
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [minutesRoutes({ payload })] })
  tree = await buildAccessTree(payload, `min${Date.now()}`)
  recorder = await person('Trần Thị Thư', 'thu')
  present = await person('Lê Văn Cường', 'cuong')
  absent = await person('Phạm Văn Dũng', 'dung')
  const startsAt = new Date(Date.now() - 3_600_000)
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      title: 'Sinh hoạt chi bộ tháng 01/2027',
      kind: 'thuong-ky',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      place: 'Nhà văn hóa thôn Đông',
      agenda: [{ title: 'Kiểm điểm công tác tháng 12' }, { title: 'Kết nạp đảng viên mới' }],
      chair: tree.users.secretaryA1.id,
      recorder: recorder.id,
      org: tree.orgs.a1.id,
    } as never,
  })
  meetingId = meeting.id
  await checkIn(present.id, 'qr')
  await checkIn(tree.users.memberA1.id, 'online')
  await replyAbsent(absent.id, 'Đi công tác tỉnh')
  await closedVote('Đề nghị kết nạp quần chúng Lê Văn Tâm', { 'Tán thành': 2, 'Không tán thành': 0 })
})

describe('drafting the minutes from the meeting', () => {
  it('holds the attendance by name and the closed vote’s counts', async () => {
    const response = await call('POST', '/minutes/draft', recorder)
    expect(response.status).toBe(200)
    const { minutes, can } = (await response.json()) as MinutesAnswer
    expect(can).toMatchObject({ draft: true, edit: true, approve: false })
    const g = minutes!.generated
    expect(g.header).toMatchObject({ organisation: 'Chi bộ thôn Đông', superior: 'Đảng ủy xã An Bình' })
    expect(g.chair).toBe('Hoàng Văn Đông')
    expect(g.recorder).toBe('Trần Thị Thư')
    expect(g.attendance.onSite).toEqual([{ name: 'Lê Văn Cường', method: 'quét mã QR' }])
    expect(g.attendance.online).toEqual([{ name: 'Đỗ Thị Hoa' }])
    expect(g.attendance.absentWithReason).toEqual([{ name: 'Phạm Văn Dũng', reason: 'Đi công tác tỉnh' }])
    expect(g.attendance.absentWithoutReason.map((p) => p.name)).toContain('Trần Thị Thư')
    expect(g.items[1]!.votes[0]!.results).toEqual([
      { choice: 'Tán thành', count: 2 },
      { choice: 'Không tán thành', count: 0 },
    ])
    expect(minutes!.placeName).toBe('An Bình')
  })

  it('keeps the recorder’s text when rebuilt, and shows a vote closed since', async () => {
    const { minutes } = await minutesOf(recorder)
    const key = minutes!.generated.items[0]!.key
    const saved = await call('PUT', '/minutes', recorder, {
      notes: [
        { itemKey: key, discussion: 'Đồng chí Hoa nêu ý kiến về thu đảng phí.', conclusion: 'Đạt yêu cầu.' },
      ],
      summary: 'Chi bộ hoàn thành tốt nhiệm vụ tháng 12.',
    })
    expect(saved.status).toBe(200)
    await closedVote('Thông qua nghị quyết tháng 01', { 'Tán thành': 3, 'Không tán thành': 0 })
    const rebuilt = (await (await call('POST', '/minutes/draft', recorder)).json()) as MinutesAnswer
    expect(rebuilt.minutes!.notes[0]).toMatchObject({
      itemKey: key,
      discussion: 'Đồng chí Hoa nêu ý kiến về thu đảng phí.',
      conclusion: 'Đạt yêu cầu.',
    })
    expect(rebuilt.minutes!.summary).toBe('Chi bộ hoàn thành tốt nhiệm vụ tháng 12.')
    expect(rebuilt.minutes!.generated.items[1]!.votes.map((v) => v.question)).toContain(
      'Thông qua nghị quyết tháng 01',
    )
  })

  it('refuses an edit naming an item that is not on the agenda, changing nothing', async () => {
    const response = await call('PUT', '/minutes', recorder, {
      notes: [{ itemKey: 'khong-co', discussion: 'x', conclusion: 'y' }],
      summary: 'Đổi',
    })
    expect(response.status).toBe(400)
    expect((await minutesOf(recorder)).minutes!.summary).toBe('Chi bộ hoàn thành tốt nhiệm vụ tháng 12.')
  })

  it('is not drafted or edited by an ordinary member, nor by a secretary of another cell', async () => {
    expect((await call('POST', '/minutes/draft', present)).status).toBe(403)
    expect((await call('PUT', '/minutes', present, { summary: 'x' })).status).toBe(403)
    expect((await call('POST', '/minutes/draft', tree.users.secretaryB1)).status).toBe(404)
  })

  it('shows members neither the draft nor its PDF; the runners get the PDF marked DỰ THẢO', async () => {
    const answer = await minutesOf(present)
    expect(answer.minutes).toBeNull()
    expect(answer.message).toBe(MINUTES_MESSAGES.notApproved)
    expect((await call('GET', '/minutes.pdf', present)).status).toBe(404)
    const rest = await payload.find({
      collection: 'meeting-minutes',
      where: { meeting: { equals: meetingId } },
      user: present,
      overrideAccess: false,
    })
    expect(rest.docs).toHaveLength(0)
    const draft = await call('GET', '/minutes.pdf', recorder)
    expect(draft.status).toBe(200)
    expect((await pdfText(await draft.arrayBuffer())).text).toContain('DỰ THẢO')
  })
})

describe('approving and locking', () => {
  it('is the chair’s alone: not the recorder, a member, or a committee above when a chair is set', async () => {
    for (const who of [recorder, present, tree.users.adminA]) {
      const response = await call('POST', '/minutes/approve', who)
      expect(response.status).toBe(403)
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        MINUTES_MESSAGES.cannotApprove,
      )
    }
    expect((await minutesOf(recorder)).minutes!.status).toBe('draft')
    const approved = await call('POST', '/minutes/approve', tree.users.secretaryA1)
    expect(approved.status).toBe(200)
    const { minutes } = (await approved.json()) as MinutesAnswer
    expect(minutes).toMatchObject({ status: 'approved', approvedBy: 'Hoàng Văn Đông' })
    expect(minutes!.approvedAt).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  })

  it('freezes the generated parts: a later check-in no longer changes the record', async () => {
    await checkIn(recorder.id, 'qr')
    const { minutes } = await minutesOf(tree.users.secretaryA1)
    expect(minutes!.generated.attendance.onSite.map((p) => p.name)).not.toContain('Trần Thị Thư')
  })

  it('refuses every later edit in Vietnamese and changes nothing, on every door', async () => {
    const before = (await minutesOf(recorder)).minutes
    for (const [method, path, who, body] of [
      ['PUT', '/minutes', recorder, { summary: 'Sửa sau khi thông qua' }],
      ['POST', '/minutes/draft', recorder, undefined],
      ['POST', '/minutes/approve', tree.users.secretaryA1, undefined],
    ] as const) {
      const response = await call(method, path, who, body)
      expect(response.status).toBe(409)
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        'Biên bản đã được thông qua, không sửa được.',
      )
    }
    const { docs } = await payload.find({
      collection: 'meeting-minutes',
      where: { meeting: { equals: meetingId } },
    })
    const id = docs[0]!.id
    // Payload's REST and GraphQL as the superadmin, and the Local API without access control (what the admin
    // and any server code reach): the lock holds below them all.
    const rest = await payload
      .update({
        collection: 'meeting-minutes',
        id,
        data: { summary: 'Sửa qua REST' },
        user: tree.users.superadmin,
        overrideAccess: false,
      })
      .catch((error: Error) => error)
    expect(rest).toBeInstanceOf(Error)
    const local = await payload
      .update({
        collection: 'meeting-minutes',
        id,
        data: { summary: 'Sửa thẳng' } as never,
        overrideAccess: true,
      })
      .catch((error: Error) => error)
    expect((local as Error).message).toBe(MINUTES_MESSAGES.locked)
    const gone = await payload
      .delete({ collection: 'meeting-minutes', id, overrideAccess: true })
      .catch((e: Error) => e)
    expect((gone as Error).message).toBe(MINUTES_MESSAGES.locked)
    expect((await minutesOf(recorder)).minutes).toEqual(before)
  })

  it('lets every invited member read the approved minutes and download the PDF', async () => {
    const { minutes, can } = await minutesOf(present)
    expect(minutes!.status).toBe('approved')
    expect(can).toEqual({ draft: false, edit: false, approve: false })
    expect(minutes!.notes[0]!.discussion).toBe('Đồng chí Hoa nêu ý kiến về thu đảng phí.')
    expect((await minutesOf(tree.users.memberB1)).minutes).toBeUndefined()
  })

  it('prints an A4 party document with the marks intact and the two header blocks left and right', async () => {
    const response = await call('GET', '/minutes.pdf', present)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain('filename="bien-ban-chi-bo-thon-dong-')
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Biên bản Chi bộ thôn Đông')}`,
    )
    const bytes = await response.arrayBuffer()
    hideArrayPrototypePollution()
    const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)))
    const [, , width, height] = (await pdf.getPage(1)).view
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842])
    const { text, items } = await pdfText(bytes)
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ THÔN ĐÔNG',
      'ĐẢNG ỦY XÃ AN BÌNH',
      'BIÊN BẢN',
      'Lê Văn Cường',
      'Phạm Văn Dũng (Đi công tác tỉnh)',
      'CHỦ TRÌ',
      'THƯ KÝ',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('DỰ THẢO')
    const at = (s: string) => items.find((i) => i.str.includes(s))!
    expect(at('CHI BỘ THÔN ĐÔNG').x).toBeLessThan(width! / 2)
    expect(at('ĐẢNG CỘNG SẢN VIỆT NAM').x).toBeGreaterThan(width! / 2 - 10)
    expect(Math.abs(at('ĐẢNG CỘNG SẢN VIỆT NAM').y - at('ĐẢNG ỦY XÃ AN BÌNH').y)).toBeLessThan(2)
    expect(at('BIÊN BẢN').y).toBeLessThan(at('CHI BỘ THÔN ĐÔNG').y)
    expect(at('THƯ KÝ').x).toBeLessThan(at('CHỦ TRÌ').x)
  })
})
