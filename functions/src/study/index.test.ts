import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { STUDY_MESSAGES, SUBMIT_GRACE_MS } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { ContestRanking, QuizList, QuizResult, QuizStart } from '../types.ts'
import { studyRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const HOUR = 3_600_000
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let clock = Date.now()
let quizId: number | string
let contestId: number | string
type Who = { token: string }

function call(path: string, who: Who | null, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}
const start = (who: Who, id = quizId) => call(`/study/quizzes/${id}/start`, who, undefined, 'POST')
const submit = (who: Who, body: unknown, id = quizId) => call(`/study/quizzes/${id}/submit`, who, body)

const BANK = [
  {
    text: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
    options: [{ text: 'Mỗi tuần' }, { text: 'Mỗi tháng', correct: true }, { text: 'Mỗi quý' }],
    explanation: 'Điều lệ Đảng: chi bộ sinh hoạt thường kỳ mỗi tháng một lần.',
  },
  {
    text: 'Những nội dung nào thuộc sinh hoạt chuyên đề?',
    multiple: true,
    options: [
      { text: 'Học tập và làm theo tư tưởng Hồ Chí Minh', correct: true },
      { text: 'Nghị quyết của cấp trên', correct: true },
      { text: 'Chuyện riêng của gia đình' },
    ],
    explanation: 'Chuyên đề gắn với nghị quyết và việc học tập, làm theo Bác.',
  },
  {
    text: 'Đảng viên dự bị có quyền biểu quyết không?',
    options: [{ text: 'Có' }, { text: 'Không', correct: true }],
    explanation: 'Đảng viên dự bị không biểu quyết, ứng cử, bầu cử.',
  },
]

/** The right (or wrong) answers to what was drawn, looked up in the bank by the question's text. */
function answersFor(started: QuizStart, rightCount: number) {
  const answers: Record<string, number[]> = {}
  started.questions.forEach((question, position) => {
    const bank = BANK.find((b) => b.text === question.text)!
    const correct = bank.options.flatMap((o, i) => ('correct' in o && o.correct ? [i] : []))
    const wrong = bank.options.findIndex((o) => !('correct' in o && o.correct))
    answers[position] = position < rightCount ? correct : [wrong]
  })
  return answers
}

const attemptRow = async (id: number | string) =>
  payload.findByID({ collection: 'quiz-attempts', id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [studyRoutes({ payload, now: () => clock })] })
  tree = await buildAccessTree(payload, `stu${Date.now()}`)
  const quiz = await payload.create({
    collection: 'quizzes',
    data: {
      title: 'Trắc nghiệm chuyên đề tháng 12',
      kind: 'quiz',
      published: true,
      drawCount: 2,
      timeLimitMinutes: 10,
      maxAttempts: 2,
      passPercent: 50,
      questions: BANK,
      org: tree.orgs.a.id,
    } as never,
    overrideAccess: true,
  })
  quizId = quiz.id
  const contest = await payload.create({
    collection: 'quizzes',
    data: {
      title: 'Hội thi bí thư chi bộ giỏi',
      kind: 'contest',
      audience: 'secretaries',
      published: true,
      timeLimitMinutes: 60,
      passPercent: 50,
      opensAt: new Date(clock + HOUR).toISOString(),
      closesAt: new Date(clock + 3 * HOUR).toISOString(),
      questions: BANK,
      org: tree.orgs.root.id,
    } as never,
    overrideAccess: true,
  })
  contestId = contest.id
})

describe('a quiz on a study topic', () => {
  it('is listed for a member of the subtree it was sent to, and not for a neighbour cell', async () => {
    const mine = (await (await call('/study/quizzes', tree.users.memberA1)).json()) as QuizList
    expect(mine.quizzes.map((q) => q.title)).toContain('Trắc nghiệm chuyên đề tháng 12')
    const theirs = (await (await call('/study/quizzes', tree.users.memberB1)).json()) as QuizList
    expect(theirs.quizzes.map((q) => q.title)).not.toContain('Trắc nghiệm chuyên đề tháng 12')
  })

  it('draws questions without their answer key or explanations', async () => {
    const response = await start(tree.users.memberA1)
    expect(response.status).toBe(200)
    const text = await response.text()
    const started = JSON.parse(text) as QuizStart
    expect(started.questions).toHaveLength(2)
    expect(text).not.toMatch(/correct|explanation/)
    for (const b of BANK) expect(text).not.toContain(b.explanation)
    // A restart while time remains (a lost answer on a weak network) gets the same attempt.
    const again = (await (await start(tree.users.memberA1)).json()) as QuizStart
    expect(again.attempt.id).toBe(started.attempt.id)
    expect(again.questions).toEqual(started.questions)
  })

  it('hides the key from the member on the Local API too', async () => {
    const read = await payload.findByID({
      collection: 'quizzes',
      id: quizId,
      user: tree.users.memberA1,
      overrideAccess: false,
    })
    expect(JSON.stringify(read)).not.toMatch(/"correct"|explanation/)
  })

  it('scores on the server, ignores a tampered score, shows explanations, and answers a retry the same', async () => {
    const started = (await (await start(tree.users.memberA1)).json()) as QuizStart
    const body = {
      attemptId: started.attempt.id,
      token: started.attempt.token,
      answers: answersFor(started, 1),
      score: 100,
      percent: 100,
      correct: 2,
    }
    const first = await submit(tree.users.memberA1, body)
    expect(first.status).toBe(200)
    const result = (await first.json()) as QuizResult
    expect(result).toMatchObject({ correct: 1, total: 2, percent: 50, passed: true, attemptsLeft: 1 })
    expect(result.review.map((r) => r.right)).toEqual([true, false])
    expect(result.review[0]?.explanation).toBe(
      BANK.find((b) => b.text === result.review[0]?.text)?.explanation,
    )
    const stored = await attemptRow(started.attempt.id)
    expect(stored).toMatchObject({ correct: 1, percent: 50 })

    clock += 60_000
    const retried = (await (
      await submit(tree.users.memberA1, { ...body, answers: answersFor(started, 2) })
    ).json()) as QuizResult
    expect(retried).toMatchObject({ correct: 1, submittedAt: result.submittedAt })
    const rows = await payload.count({
      collection: 'quiz-attempts',
      where: { and: [{ quiz: { equals: quizId } }, { member: { equals: tree.users.memberA1.id } }] },
      overrideAccess: true,
    })
    expect(rows.totalDocs).toBe(1)
  })

  it('refuses answers after the time limit and its grace, and changes nothing', async () => {
    const started = (await (await start(tree.users.memberA1)).json()) as QuizStart
    expect(started.attempt.number).toBe(2)
    clock += 10 * 60_000 + SUBMIT_GRACE_MS + 1000
    const late = await submit(tree.users.memberA1, {
      attemptId: started.attempt.id,
      token: started.attempt.token,
      answers: answersFor(started, 2),
    })
    expect(late.status).toBe(409)
    expect(await late.json()).toEqual({ error: { code: 'late', message: STUDY_MESSAGES.late } })
    expect((await attemptRow(started.attempt.id)).submittedAt ?? null).toBeNull()
  })

  it('refuses an attempt beyond the limit', async () => {
    const response = await start(tree.users.memberA1)
    expect(response.status).toBe(409)
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      STUDY_MESSAGES.noAttemptsLeft,
    )
  })

  it('refuses a member the quiz was not sent to', async () => {
    const response = await start(tree.users.memberB1)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      STUDY_MESSAGES.notFound,
    )
  })

  it('refuses a start time the server did not sign, or two answers to a single-answer question', async () => {
    const started = (await (await start(tree.users.secretaryA1)).json()) as QuizStart
    const single = started.questions.findIndex((q) => !q.multiple)
    const both = await submit(tree.users.secretaryA1, {
      attemptId: started.attempt.id,
      token: started.attempt.token,
      answers: { [single]: started.questions[single]!.options.slice(0, 2).map((o) => o.index) },
    })
    expect(both.status).toBe(400)
    expect(((await both.json()) as { error: { message: string } }).error.message).toBe(
      STUDY_MESSAGES.badAnswer,
    )
    const [time, signature] = started.attempt.token.split('.')
    for (const token of [`${Number(time) + 600_000}.${signature}`, `${time}.forged`]) {
      const response = await submit(tree.users.secretaryA1, {
        attemptId: started.attempt.id,
        token,
        answers: answersFor(started, 2),
      })
      expect(response.status).toBe(403)
    }
    expect((await attemptRow(started.attempt.id)).submittedAt ?? null).toBeNull()
  })
})

describe('a contest', () => {
  it('admits only cell secretaries, only inside its window', async () => {
    expect((await start(tree.users.memberA1, contestId)).status).toBe(403)
    const early = await start(tree.users.secretaryA1, contestId)
    expect(early.status).toBe(409)
    expect(((await early.json()) as { error: { message: string } }).error.message).toBe(
      STUDY_MESSAGES.notOpen,
    )
  })

  it('shuffles, takes one attempt each, hides results until it closes, then ranks by score then time', async () => {
    clock += HOUR + 60_000
    const a = (await (await start(tree.users.secretaryA1, contestId)).json()) as QuizStart
    expect(a.questions).toHaveLength(3)
    clock += 120_000
    const b = (await (await start(tree.users.secretaryB1, contestId)).json()) as QuizStart
    clock += 60_000
    const hidden = (await (
      await submit(
        tree.users.secretaryB1,
        { attemptId: b.attempt.id, token: b.attempt.token, answers: answersFor(b, 3), leftPageCount: 2 },
        contestId,
      )
    ).json()) as QuizResult
    expect(hidden).toMatchObject({ published: false, correct: null, review: [] })
    expect((await attemptRow(b.attempt.id)).leftPageCount).toBe(2)
    clock += 60_000
    await submit(
      tree.users.secretaryA1,
      { attemptId: a.attempt.id, token: a.attempt.token, answers: answersFor(a, 3) },
      contestId,
    )
    expect((await start(tree.users.secretaryA1, contestId)).status).toBe(409)

    const before = (await (
      await call(`/study/quizzes/${contestId}/ranking`, tree.users.secretaryA1)
    ).json()) as ContestRanking
    expect(before).toMatchObject({ published: false, entries: [] })
    clock += 2 * HOUR
    const after = await start(tree.users.secretaryB1, contestId)
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('closed')
    const ranking = (await (
      await call(`/study/quizzes/${contestId}/ranking`, tree.users.secretaryA1)
    ).json()) as ContestRanking
    // Both answered all three right; B took 1 minute, A 4 minutes.
    expect(ranking.entries.map((e) => [e.rank, e.fullName, e.correct])).toEqual([
      [1, 'Ngô Thị Lan', 3],
      [2, 'Hoàng Văn Đông', 3],
    ])
  })
})
