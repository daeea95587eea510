import type { Meeting } from '@sotay/cms'
import { type AccessTree, buildAccessTree, rawRows as rawRowsOf, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../../app.ts'
import type { ErrorAnswer, VoteAnswer, Votes } from '../../types.ts'
import { checkinRoutes } from '../checkin/index.ts'
import { cellMeeting, cellMembers, type Person } from '../testMeeting.ts'
import { votesRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const RACERS = 12
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let meeting: Meeting
let people: Person[]

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

async function refused(response: Response, status: number, code: string, words: RegExp) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as ErrorAnswer
  expect(body.error.code).toBe(code)
  expect(body.error.message).toMatch(words)
}

const secretary = () => tree.users.secretaryA1
const open = async (body: Record<string, unknown>) => {
  const response = await call(`/meetings/${meeting.id}/votes`, secretary(), body)
  expect(response.status).toBe(201)
  return ((await response.json()) as VoteAnswer).vote
}
const ballot = (who: Person, voteId: string | number, choice: string) =>
  call(`/meetings/${meeting.id}/votes/${voteId}/ballot`, who, { choice })
const listAs = async (who: { token: string }) =>
  (await (await call(`/meetings/${meeting.id}/votes`, who)).json()) as Votes

const rawRows = (table: string, where: string) => rawRowsOf(payload, table, where)

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [checkinRoutes({ payload }), votesRoutes({ payload })] })
  const prefix = `bq${Date.now()}`
  tree = await buildAccessTree(payload, prefix)
  const names = Array.from({ length: RACERS }, (_, i) => `Đảng viên Biểu Quyết ${i + 1}`)
  people = await cellMembers(payload, tree, prefix, [...names, 'Người Vắng Mặt'])
  meeting = await cellMeeting(payload, tree, 'Sinh hoạt chi bộ có biểu quyết', Date.now() - 5 * 60_000)
  // Everyone but the last is present, ticked by the secretary.
  for (const person of people.slice(0, RACERS)) {
    const tick = await call(`/meetings/${meeting.id}/attendance/${person.id}/tick`, secretary(), {
      present: true,
    })
    expect(tick.status).toBe(200)
  }
})

describe('opening a vote', () => {
  it('offers the three usual choices by default, or the runner’s own', async () => {
    const vote = await open({ question: 'Thông qua nghị quyết tháng 12', agendaItem: 'Nghị quyết' })
    expect(vote.choices.map((c) => c.label)).toEqual(['Tán thành', 'Không tán thành', 'Ý kiến khác'])
    expect(vote).toMatchObject({ status: 'open', secret: false, votersCount: 0 })
    const own = await open({ question: 'Chọn ngày sinh hoạt chuyên đề', choices: ['Thứ bảy', 'Chủ nhật'] })
    expect(own.choices.map((c) => c.label)).toEqual(['Thứ bảy', 'Chủ nhật'])
  })

  it('is refused to a member, to another cell’s secretary, and with repeated choices', async () => {
    const body = { question: 'Biểu quyết trái phép' }
    await refused(await call(`/meetings/${meeting.id}/votes`, people[0], body), 403, 'not_runner', /bí thư/)
    await refused(
      await call(`/meetings/${meeting.id}/votes`, tree.users.secretaryB1, body),
      404,
      'not_found',
      /Không tìm thấy/,
    )
    await refused(
      await call(`/meetings/${meeting.id}/votes`, secretary(), { question: 'Trùng', choices: ['Có', 'có'] }),
      400,
      'duplicate_choices',
      /trùng/,
    )
    const count = await payload.count({
      collection: 'meeting-votes',
      where: { question: { equals: 'Biểu quyết trái phép' } },
    })
    expect(count.totalDocs).toBe(0)
  })
})

describe('a secret ballot', () => {
  let voteId: string | number

  beforeAll(async () => {
    voteId = (await open({ question: 'Đề nghị kết nạp quần chúng Nguyễn Văn A vào Đảng', secret: true })).id
  })

  it('counts every ballot of members voting at the same moment, none lost', async () => {
    const choices = ['Tán thành', 'Không tán thành', 'Ý kiến khác']
    const answers = await Promise.all(
      people.slice(0, RACERS).map((p, i) => ballot(p, voteId, choices[i % 3 === 2 ? i % 2 : 0])),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(RACERS).fill(200))
    const tally = (await listAs(secretary())).votes.find((v) => v.id === voteId)!
    expect(tally.votersCount).toBe(RACERS)
    expect(tally.choices.reduce((sum, c) => sum + (c.count ?? 0), 0)).toBe(RACERS)
    const expected = { 'Tán thành': 0, 'Không tán thành': 0, 'Ý kiến khác': 0 } as Record<string, number>
    people.slice(0, RACERS).forEach((_, i) => {
      expected[choices[i % 3 === 2 ? i % 2 : 0]] += 1
    })
    expect(Object.fromEntries(tally.choices.map((c) => [c.label, c.count]))).toEqual(expected)
  })

  it('stores who has voted and the counts, and no row linking a member to a choice', async () => {
    const rows = await rawRows('meeting_ballots', `vote_id = ${Number(voteId)}`)
    expect(rows).toHaveLength(RACERS)
    for (const row of rows) {
      // The whole row: its key, the vote, the member, an empty choice; no time, no running number.
      expect(Object.keys(row).sort()).toEqual(['choice', 'id', 'member_id', 'vote_id'])
      expect(row.choice).toBeNull()
      expect(row.id).toBe(`${voteId}:${row.member_id}`)
    }
    // The choices hold a label and a count each; the vote itself no column naming a person.
    const choiceRows = await rawRows('meeting_votes_choices', `_parent_id = ${Number(voteId)}`)
    for (const row of choiceRows)
      expect(Object.keys(row).sort()).toEqual(['_order', '_parent_id', 'count', 'id', 'label'])
    const [voteRow] = await rawRows('meeting_votes', `id = ${Number(voteId)}`)
    expect(Object.keys(voteRow).filter((column) => /member|user|ballot|voter_id/.test(column))).toEqual([])
    // A member sees that they voted, not what: the server no longer knows.
    const mine = (await listAs(people[0])).votes.find((v) => v.id === voteId)!
    expect(mine).toMatchObject({ voted: true, myChoice: null, canVote: false })
    expect(mine.choices.every((c) => c.count === null)).toBe(true)
  })

  it('refuses a second ballot and a member not present, changing nothing', async () => {
    await refused(await ballot(people[0], voteId, 'Không tán thành'), 409, 'already_voted', /đã biểu quyết/)
    await refused(await ballot(people[RACERS], voteId, 'Tán thành'), 403, 'not_present', /có mặt/)
    await refused(await ballot(people[1], voteId, 'Bỏ phiếu trắng'), 400, 'bad_choice', /không có/)
    const outsider = tree.users.memberB1
    await refused(
      await call(`/meetings/${meeting.id}/votes/${voteId}/ballot`, outsider, { choice: 'Tán thành' }),
      404,
      'not_found',
      /Không tìm thấy/,
    )
    const tally = (await listAs(secretary())).votes.find((v) => v.id === voteId)!
    expect(tally.votersCount).toBe(RACERS)
  })

  it('is closed by the runner only: final counts written, members then see them, no ballot after', async () => {
    await refused(
      await call(`/meetings/${meeting.id}/votes/${voteId}/close`, people[0], {}),
      403,
      'not_runner',
      /bí thư/,
    )
    const response = await call(`/meetings/${meeting.id}/votes/${voteId}/close`, secretary(), {})
    expect(response.status).toBe(200)
    const { vote } = (await response.json()) as VoteAnswer
    expect(vote.status).toBe('closed')
    const stored = await payload.findByID({ collection: 'meeting-votes', id: voteId, overrideAccess: true })
    expect(stored.closedAt).toBeTruthy()
    expect(Object.values(stored.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(RACERS)
    const seen = (await listAs(people[RACERS])).votes.find((v) => v.id === voteId)!
    expect(seen.choices.map((c) => c.count)).toEqual(vote.choices.map((c) => c.count))
    await refused(await ballot(people[RACERS], voteId, 'Tán thành'), 409, 'vote_closed', /kết thúc/)
    await refused(
      await call(`/meetings/${meeting.id}/votes/${voteId}/close`, secretary(), {}),
      409,
      'vote_closed',
      /kết thúc/,
    )
  })
})

describe('an open vote', () => {
  it('keeps each member’s choice, and counts it', async () => {
    const vote = await open({ question: 'Phân công đảng viên phụ trách hộ gia đình' })
    const choice = vote.choices[1]
    expect((await ballot(people[2], vote.id, choice.id)).status).toBe(200)
    const [row] = await rawRows('meeting_ballots', `vote_id = ${Number(vote.id)}`)
    expect(row).toMatchObject({ choice: 'Không tán thành' })
    expect(String(row.member_id)).toBe(String(people[2].id))
    const mine = (await listAs(people[2])).votes.find((v) => v.id === vote.id)!
    expect(mine).toMatchObject({ voted: true, myChoice: 'Không tán thành' })
    await refused(await ballot(people[3], vote.id, 'Phương án lạ'), 400, 'bad_choice', /không có/)
  })
})
