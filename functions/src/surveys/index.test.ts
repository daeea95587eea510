import { type AccessTree, buildAccessTree, rawRows as rawRowsOf, testPayload } from '@sotay/cms/testing'
import { SURVEY_MESSAGES } from '@sotay/content-schemas'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { calendarRoutes } from '../calendar/index.ts'
import type { Agenda, SurveyList, SurveyParticipationAnswer, SurveyResults } from '../types.ts'
import { surveysRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const HOUR = 3_600_000
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let clock = Date.now()
let anonymousId: number | string
let namedId: number | string
type Who = { token: string }

function call(path: string, who: Who | null, body?: unknown) {
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
const answer = (who: Who, answers: unknown, id = anonymousId) =>
  call(`/surveys/${id}/answer`, who, { answers })
const messageOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string } }).error.message

const QUESTIONS = [
  {
    text: 'Đồng chí đã đọc chuyên đề tháng này chưa?',
    kind: 'choice',
    required: true,
    options: [{ text: 'Đã đọc' }, { text: 'Chưa đọc' }],
  },
  {
    text: 'Hình thức học tập nào phù hợp với đồng chí?',
    kind: 'multiple',
    options: [{ text: 'Trên điện thoại' }, { text: 'Tại chi bộ' }, { text: 'Tài liệu in' }],
  },
  { text: 'Mức độ hài lòng với buổi sinh hoạt chuyên đề', kind: 'scale', required: true },
  { text: 'Góp ý thêm của đồng chí', kind: 'text' },
]

const rawRows = (table: string, where: string) => rawRowsOf(payload, table, where)
const rowCounts = async (survey: number | string) => {
  const where = { survey: { equals: survey } }
  const [who, what] = await Promise.all([
    payload.count({ collection: 'survey-participation', where, overrideAccess: true }),
    payload.count({ collection: 'survey-answers', where, overrideAccess: true }),
  ])
  return [who.totalDocs, what.totalDocs]
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({
    routes: [
      surveysRoutes({ payload, now: () => clock }),
      calendarRoutes({ payload, uidHost: 'sotay.test' }),
    ],
  })
  tree = await buildAccessTree(payload, `svy${Date.now()}`)
  const make = async (title: string, anonymous: boolean) =>
    (
      await payload.create({
        collection: 'surveys',
        data: {
          title,
          anonymous,
          published: true,
          opensAt: new Date(clock - HOUR).toISOString(),
          closesAt: new Date(clock + HOUR).toISOString(),
          questions: QUESTIONS,
          org: tree.orgs.a.id,
        } as never,
        overrideAccess: true,
      })
    ).id
  anonymousId = await make('Khảo sát việc học tập chuyên đề', true)
  namedId = await make('Khảo sát nhu cầu bồi dưỡng', false)
})

describe('a survey sent to a subtree', () => {
  it('goes out as one notice to the subtree, with a link to the survey in the member app', async () => {
    const survey = await payload.findByID({
      collection: 'surveys',
      id: anonymousId,
      depth: 0,
      overrideAccess: true,
    })
    expect(survey.notice).toBeTruthy()
    const notice = await payload.findByID({
      collection: 'notices',
      id: survey.notice as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(notice.title).toBe('Khảo sát: Khảo sát việc học tập chuyên đề')
    expect(String(notice.targetOrg)).toBe(String(tree.orgs.a.id))
    expect(notice.body).toContain(`/thanh-vien/khao-sat/#${anonymousId}`)
    // Saving it again sends nothing more.
    await payload.update({
      collection: 'surveys',
      id: anonymousId,
      data: { title: survey.title },
      overrideAccess: true,
    })
    const again = await payload.count({
      collection: 'notices',
      where: { body: { contains: `/khao-sat/#${anonymousId}` } },
      overrideAccess: true,
    })
    expect(again.totalDocs).toBe(1)
  })

  it('is listed for a member of the subtree and not for a neighbour cell', async () => {
    const mine = (await (await call('/surveys', tree.users.memberA1)).json()) as SurveyList
    const listed = mine.surveys.find((s) => s.id === anonymousId)
    expect(listed).toMatchObject({ sentToMe: true, answered: false, results: false, anonymous: true })
    expect(listed?.questions.map((q) => q.kind)).toEqual(['choice', 'multiple', 'scale', 'text'])
    const theirs = (await (await call('/surveys', tree.users.memberB1)).json()) as SurveyList
    expect(theirs.surveys.map((s) => s.id)).not.toContain(anonymousId)
  })
})

describe('in the member’s calendar', () => {
  it('shows the survey’s deadline to the subtree it was sent to', async () => {
    const day = (days: number) => new Date(clock + days * 86_400_000 + 7 * HOUR).toISOString().slice(0, 10)
    const agenda = async (who: Who) =>
      ((await (await call(`/calendar?from=${day(-1)}&to=${day(7)}`, who)).json()) as Agenda).items.map(
        (i) => i.title,
      )
    expect(await agenda(tree.users.memberA1)).toContain('Hạn khảo sát: Khảo sát việc học tập chuyên đề')
    expect(await agenda(tree.users.memberB1)).not.toContain('Hạn khảo sát: Khảo sát việc học tập chuyên đề')
  })
})

describe('refusals change nothing', () => {
  it('refuses a member it was not sent to', async () => {
    const response = await answer(tree.users.memberB1, { 0: [0], 2: 4 })
    expect(response.status).toBe(404)
    expect(await messageOf(response)).toBe(SURVEY_MESSAGES.notFound)
    expect(await rowCounts(anonymousId)).toEqual([0, 0])
  })

  it('refuses bad answers, naming the question', async () => {
    const cases: [unknown, string][] = [
      [{ 2: 4 }, `${SURVEY_MESSAGES.required}1. ${QUESTIONS[0].text}`],
      [{ 0: [0, 1], 2: 4 }, `${SURVEY_MESSAGES.oneChoice}1. ${QUESTIONS[0].text}`],
      [{ 0: [7], 2: 4 }, `${SURVEY_MESSAGES.badChoice}1. ${QUESTIONS[0].text}`],
      [{ 0: [0], 2: 9 }, `${SURVEY_MESSAGES.badScale}3. ${QUESTIONS[2].text}`],
      [{ 0: [0], 2: 4, 3: 'x'.repeat(2050) }, `${SURVEY_MESSAGES.tooLong}4. ${QUESTIONS[3].text}`],
      [{ 0: [0], 2: 4, 12: 'thêm' }, SURVEY_MESSAGES.unknownQuestion],
    ]
    for (const [given, message] of cases) {
      const response = await answer(tree.users.memberA1, given)
      expect(response.status).toBe(400)
      expect(await messageOf(response)).toBe(message)
    }
    expect(await rowCounts(anonymousId)).toEqual([0, 0])
  })

  it('refuses before the window opens and after it closes', async () => {
    const now = clock
    try {
      clock = now - 2 * HOUR
      const early = await answer(tree.users.memberA1, { 0: [0], 2: 4 })
      expect(early.status).toBe(409)
      expect(await messageOf(early)).toBe(SURVEY_MESSAGES.notOpen)
      clock = now + 2 * HOUR
      const late = await answer(tree.users.memberA1, { 0: [0], 2: 4 })
      expect(late.status).toBe(409)
      expect(await messageOf(late)).toBe(SURVEY_MESSAGES.closed)
    } finally {
      clock = now
    }
    expect(await rowCounts(anonymousId)).toEqual([0, 0])
  })
})

describe('an anonymous survey', () => {
  it('stores who answered apart from what was answered, with nothing linking them, on this engine', async () => {
    const response = await answer(tree.users.memberA1, {
      0: [0],
      1: [0, 1],
      2: 4,
      3: 'Nên có thêm bài nghe.',
    })
    expect(response.status).toBe(200)
    const who = await rawRows('survey_participation', `survey_id = ${Number(anonymousId)}`)
    const what = await rawRows('survey_answers', `survey_id = ${Number(anonymousId)}`)
    expect(who).toHaveLength(1)
    expect(what).toHaveLength(1)
    // Who: the member and their cell (its id and path), no answer, no time.
    expect(Object.keys(who[0]).sort()).toEqual(['id', 'member_id', 'org_id', 'org_path', 'survey_id'])
    expect(String(who[0].member_id)).toBe(String(tree.users.memberA1.id))
    // What: the answers under a random key, no member, no org, no time.
    expect(Object.keys(what[0]).sort()).toEqual(['answers', 'id', 'member_id', 'survey_id'])
    expect(what[0].member_id).toBeNull()
    expect(String(what[0].id)).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(what[0].answers)).not.toContain(String(tree.users.memberA1.id))
  })

  it('refuses a second answer and keeps the first', async () => {
    const response = await answer(tree.users.memberA1, { 0: [1], 2: 1 })
    expect(response.status).toBe(409)
    expect(await messageOf(response)).toBe(SURVEY_MESSAGES.already)
    expect(await rowCounts(anonymousId)).toEqual([1, 1])
    const list = (await (await call('/surveys', tree.users.memberA1)).json()) as SurveyList
    expect(list.surveys.find((s) => s.id === anonymousId)?.answered).toBe(true)
  })

  it('keeps one answer when two retries race', async () => {
    const racers = await Promise.all([
      answer(tree.users.secretaryA1, { 0: [1], 1: [2], 2: 2 }),
      answer(tree.users.secretaryA1, { 0: [1], 1: [2], 2: 2 }),
    ])
    expect(racers.map((r) => r.status).sort()).toEqual([200, 409])
    expect(await rowCounts(anonymousId)).toEqual([2, 2])
  })

  it('fixes its questions once answered', async () => {
    await expect(
      payload.update({
        collection: 'surveys',
        id: anonymousId,
        data: { questions: QUESTIONS.slice(1) } as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow('Phiếu đã có người trả lời nên không sửa được câu hỏi')
  })
})

describe('results for the committee', () => {
  it('counts choices, averages the scale, lists texts and draws charts', async () => {
    const response = await call(`/surveys/${anonymousId}/results`, tree.users.adminA)
    expect(response.status).toBe(200)
    const results = (await response.json()) as SurveyResults
    expect(results.respondents).toBe(2)
    const [read, ways, scale, notes] = results.questions
    expect(read.counts).toEqual([
      { label: 'Đã đọc', count: 1 },
      { label: 'Chưa đọc', count: 1 },
    ])
    expect(ways.counts.map((c) => c.count)).toEqual([1, 1, 1])
    expect(scale.average).toBe(3)
    expect(notes.texts).toEqual(['Nên có thêm bài nghe.'])
    expect(read.chartSvg).toMatch(/^<svg[\s\S]*Đã đọc[\s\S]*<\/svg>$/)
    expect(notes.chartSvg).toBeNull()
  })

  it('refuses a member, and a committee of a neighbour branch', async () => {
    const member = await call(`/surveys/${anonymousId}/results`, tree.users.memberA1)
    expect(member.status).toBe(403)
    expect(await messageOf(member)).toBe(SURVEY_MESSAGES.notManager)
    expect((await call(`/surveys/${anonymousId}/results`, tree.users.adminB)).status).toBe(404)
    expect((await call(`/surveys/${anonymousId}/export?format=xlsx`, tree.users.memberA1)).status).toBe(403)
  })

  it('exports CSV and XLSX that name nobody in an anonymous survey', async () => {
    const csv = await call(`/surveys/${anonymousId}/export?format=csv`, tree.users.adminA)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    // A byte-order mark first, so Excel reads the Vietnamese as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[0]).toBe(`STT,${QUESTIONS.map((q) => q.text).join(',')}`)
    expect(text).toContain('Trên điện thoại; Tại chi bộ')
    expect(text).not.toContain(tree.users.memberA1.fullName)

    const xlsx = await call(`/surveys/${anonymousId}/export?format=xlsx`, tree.users.adminA)
    expect(xlsx.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await xlsx.arrayBuffer())
    const sheet = book.getWorksheet('Phiếu trả lời')!
    expect(sheet.rowCount).toBe(3)
    expect(sheet.getRow(1).getCell(2).value).toBe(QUESTIONS[0].text)
    const answers = [sheet.getRow(2), sheet.getRow(3)].map((r) => r.getCell(4).value).sort()
    expect(answers).toEqual([2, 4])
    const summary = book.getWorksheet('Tổng hợp')!
    const rows = summary.getSheetValues().slice(2) as unknown[][]
    expect(rows.some((r) => r[2] === 'Trung bình' && r[4] === 3)).toBe(true)
  })

  it('names the member in a named survey export', async () => {
    expect((await answer(tree.users.memberA1, { 0: [0], 2: 5 }, namedId)).status).toBe(200)
    const csv = await (await call(`/surveys/${namedId}/export?format=csv`, tree.users.adminA)).text()
    expect(csv.split('\r\n')[1]).toContain(tree.users.memberA1.fullName)
  })
})

describe('participation per organisation', () => {
  it('counts the subtree per org below, with drill-down, for the committee above', async () => {
    const top = await call(`/surveys/${anonymousId}/participation?org=${tree.orgs.a.id}`, tree.users.adminA)
    expect(top.status).toBe(200)
    const a = (await top.json()) as SurveyParticipationAnswer
    expect(a.respondents).toBe(2)
    expect(a.orgs).toEqual([{ org: { id: tree.orgs.a1.id, name: tree.orgs.a1.name }, respondents: 2 }])
    const cell = (await (
      await call(`/surveys/${anonymousId}/participation?org=${tree.orgs.a1.id}`, tree.users.adminA)
    ).json()) as SurveyParticipationAnswer
    expect(cell).toMatchObject({ respondents: 2, orgs: [], members: [] })
    const named = (await (
      await call(`/surveys/${namedId}/participation?org=${tree.orgs.a1.id}`, tree.users.adminA)
    ).json()) as SurveyParticipationAnswer
    expect(named.members).toEqual([tree.users.memberA1.fullName])
  })

  it('refuses a member looking into their cell', async () => {
    const response = await call(
      `/surveys/${anonymousId}/participation?org=${tree.orgs.a1.id}`,
      tree.users.memberA1,
    )
    expect(response.status).toBe(403)
    expect(await messageOf(response)).toBe(SURVEY_MESSAGES.notYourOrg)
  })
})
