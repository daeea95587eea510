/**
 * Quizzes and contests (trắc nghiệm, hội thi): GET /study/quizzes (sent to me), POST /study/quizzes/{id}/start
 * (the drawn questions without their key, and a signed start token), POST /study/quizzes/{id}/submit (scored
 * here; a retried submit answers the same result), GET /study/quizzes/{id}/ranking (a contest, once closed).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  asSessionUser,
  byRank,
  deadlineOf,
  drawQuestions,
  idOf,
  inTime,
  QUIZ_KINDS,
  type Ref,
  STUDY_MESSAGES,
  scoreAttempt,
  windowOpen,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { mayLookInto, participation } from './participation.ts'
import {
  ParticipationQuery,
  ParticipationSchema,
  QuizIdParam,
  QuizListSchema,
  RankingSchema,
  ResultSchema,
  StartAnswerSchema,
  SubmitBody,
} from './schemas.ts'
import {
  answerKey,
  eligible,
  questionsForPhone,
  quizSettings,
  review,
  type StoredAttempt,
  type StoredQuiz,
  timeOf,
} from './stored.ts'
import { startTimeOf, startToken } from './token.ts'

export interface StudyOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
  /** The server's clock (a test moves it past a time limit). */
  now?: () => number
}

const tags = ['Học tập']
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }
const postRefusals = {
  400: refusal('Dữ liệu không hợp lệ'),
  403: refusal('Không gửi từ chính trang, hoặc không đủ điều kiện dự thi'),
  404: refusal('Không có bài này, hoặc bài không gửi tới đồng chí'),
  409: refusal('Hết lượt, hết giờ, hoặc hội thi không mở'),
  413: refusal('Dữ liệu gửi lên quá lớn'),
  415: refusal('Không phải application/json'),
  ...signInRefusals,
}
const idParam = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : raw)
const kindLabel = (kind: string) => QUIZ_KINDS.find((k) => k.value === kind)?.label.vi ?? kind

const listRoute = createRoute({
  method: 'get',
  path: '/study/quizzes',
  operationId: 'myQuizzes',
  summary: 'Các bài trắc nghiệm và hội thi gửi tới tôi',
  tags,
  responses: { 200: answer('Danh sách bài', QuizListSchema), ...signInRefusals },
})
const startRoute = createRoute({
  method: 'post',
  path: '/study/quizzes/{id}/start',
  operationId: 'startQuiz',
  summary: 'Bắt đầu (hoặc tiếp tục) một lượt làm bài: các câu hỏi đã bốc, không kèm đáp án',
  tags,
  request: { params: QuizIdParam },
  responses: { 200: answer('Câu hỏi và mã bắt đầu', StartAnswerSchema), ...postRefusals },
})
const submitRoute = createRoute({
  method: 'post',
  path: '/study/quizzes/{id}/submit',
  operationId: 'submitQuiz',
  summary: 'Nộp bài: chấm ở máy chủ; nộp lại cùng lượt trả về cùng kết quả',
  tags,
  request: {
    params: QuizIdParam,
    body: { content: { 'application/json': { schema: SubmitBody } }, required: true },
  },
  responses: { 200: answer('Kết quả', ResultSchema), ...postRefusals },
})
const rankingRoute = createRoute({
  method: 'get',
  path: '/study/quizzes/{id}/ranking',
  operationId: 'contestRanking',
  summary: 'Bảng xếp hạng hội thi (công bố khi hội thi kết thúc)',
  tags,
  request: { params: QuizIdParam },
  responses: {
    200: answer('Xếp hạng', RankingSchema),
    400: refusal('Mã hội thi không hợp lệ'),
    404: refusal('Không có hội thi này'),
    ...signInRefusals,
  },
})

const participationRoute = createRoute({
  method: 'get',
  path: '/study/quizzes/{id}/participation',
  operationId: 'quizParticipation',
  summary: 'Kết quả theo tổ chức: số đảng viên nộp bài, đạt, điểm trung bình; xem sâu từng cấp',
  tags,
  request: { params: QuizIdParam, query: ParticipationQuery },
  responses: {
    200: answer('Kết quả theo tổ chức cấp dưới', ParticipationSchema),
    400: refusal('Thiếu tổ chức'),
    403: refusal('Không quản lý tổ chức này'),
    404: refusal('Không có bài này'),
    ...signInRefusals,
  },
})

type Member = FnEnv['Variables']['user']

/** The quiz as the member reads it (sent to them, published), or null: their own access rules decide. */
async function quizSentTo(payload: Payload, user: Member, id: number | string): Promise<StoredQuiz | null> {
  const found = await payload.find({
    collection: 'quizzes',
    where: { and: [{ id: { equals: id } }, { published: { equals: true } }] },
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return (found.docs[0] as unknown as StoredQuiz) ?? null
}

/** Full quizzes (with the answer key) by id and version: a contest's thousands of submits read it once. */
const fullQuizzes = new Map<string, StoredQuiz>()

/**
 * The quiz with its answer key, if it was sent to the member: their access is checked on the row alone (no
 * questions read), the full quiz comes from the cache while it has not changed.
 */
async function keyedQuizSentTo(payload: Payload, user: Member, id: number | string) {
  const found = await payload.find({
    collection: 'quizzes',
    where: { and: [{ id: { equals: id } }, { published: { equals: true } }] },
    select: { updatedAt: true },
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const row = found.docs[0]
  if (!row) return null
  const version = `${row.id}:${row.updatedAt}`
  let full = fullQuizzes.get(version)
  if (!full) {
    full = (await payload.findByID({
      collection: 'quizzes',
      id: row.id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as StoredQuiz
    if (fullQuizzes.size >= 50) fullQuizzes.delete(fullQuizzes.keys().next().value as string)
    fullQuizzes.set(version, full)
  }
  return full
}

async function attemptsOf(payload: Payload, user: Member, quiz: number | string) {
  const found = await payload.find({
    collection: 'quiz-attempts',
    where: { and: [{ quiz: { equals: quiz } }, { member: { equals: user.id } }] },
    sort: 'attemptNumber',
    limit: 100,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return found.docs as unknown as StoredAttempt[]
}

/** A contest shows scores only once it has closed (results published when the window closes). */
const resultsOpen = (quiz: StoredQuiz, now: number) =>
  quiz.kind !== 'contest' || (timeOf(quiz.closesAt) ?? Number.POSITIVE_INFINITY) <= now

function resultOf(quiz: StoredQuiz, attempt: StoredAttempt, used: number, now: number) {
  const settings = quizSettings(quiz)
  const published = resultsOpen(quiz, now)
  const drawn = attempt.drawn ?? []
  const answers = attempt.answers ?? {}
  const score = scoreAttempt(answerKey(quiz), drawn, answers, settings.passPercent)
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.attemptNumber,
    submittedAt: attempt.submittedAt ?? '',
    published,
    message: published
      ? score.passed
        ? `Đồng chí trả lời đúng ${score.correct}/${score.total} câu. Đạt.`
        : `Đồng chí trả lời đúng ${score.correct}/${score.total} câu. Chưa đạt.`
      : `Đã nhận bài. ${STUDY_MESSAGES.resultsLater}`,
    correct: published ? (attempt.correct ?? score.correct) : null,
    total: drawn.length,
    percent: published ? (attempt.percent ?? score.percent) : null,
    passed: published ? (attempt.passed ?? score.passed) : null,
    attemptsLeft: Math.max(0, settings.maxAttempts - used),
    review: published ? review(quiz, drawn, answers, score.right) : [],
  }
}

export function studyRoutes(options: StudyOptions): OpenAPIHono<FnEnv> {
  const now = options.now ?? Date.now
  const ready = payloadReady(options.payload, STUDY_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: STUDY_MESSAGES.signIn })]
  const posting = [sameOrigin(options), ...member]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  mount(app, { ...listRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const found = await payload.find({
      collection: 'quizzes',
      where: { published: { equals: true } },
      sort: '-createdAt',
      limit: 50,
      depth: 0,
      user,
      overrideAccess: false,
    })
    const quizzes = found.docs as unknown as StoredQuiz[]
    const mine = await payload.find({
      collection: 'quiz-attempts',
      where: { member: { equals: user.id } },
      limit: 1000,
      depth: 0,
      user,
      overrideAccess: false,
    })
    const attempts = mine.docs as unknown as StoredAttempt[]
    const member = asSessionUser(user)
    return json({
      quizzes: quizzes
        .filter((quiz) => member && eligible(quiz, member))
        .map((quiz) => {
          const own = attempts.filter((a) => String(idOf(a.quiz as Ref)) === String(quiz.id))
          const scored = resultsOpen(quiz, now()) ? own.filter((a) => a.submittedAt) : []
          const settings = quizSettings(quiz)
          return {
            id: quiz.id,
            title: quiz.title,
            kind: quiz.kind,
            kindLabel: kindLabel(quiz.kind),
            topic: idOf(quiz.topic as Ref) ?? null,
            questionCount:
              quiz.drawCount && quiz.drawCount > 0
                ? Math.min(quiz.drawCount, quiz.questions?.length ?? 0)
                : (quiz.questions?.length ?? 0),
            ...settings,
            opensAt: quiz.opensAt ?? null,
            closesAt: quiz.closesAt ?? null,
            attemptsUsed: own.length,
            best: scored.length ? Math.max(...scored.map((a) => a.percent ?? 0)) : null,
          }
        }),
    })
  })

  mount(app, { ...startRoute, middleware: posting }, async (c) => {
    const { payload, user } = c.var
    const member = asSessionUser(user)
    const quiz = await quizSentTo(payload, user, idParam(c.req.valid('param').id))
    if (!quiz || !member) return jsonError(404, 'not_found', STUDY_MESSAGES.notFound)
    if (!eligible(quiz, member)) return jsonError(403, 'not_eligible', STUDY_MESSAGES.notEligible)
    const at = now()
    const opensAt = timeOf(quiz.opensAt)
    const closesAt = timeOf(quiz.closesAt)
    if (!windowOpen(at, opensAt, closesAt)) {
      const early = opensAt !== null && at < opensAt
      return jsonError(
        409,
        early ? 'not_open' : 'closed',
        early ? STUDY_MESSAGES.notOpen : STUDY_MESSAGES.closed,
      )
    }
    const bank = quiz.questions ?? []
    if (!bank.length) return jsonError(409, 'no_questions', STUDY_MESSAGES.noQuestions)
    const settings = quizSettings(quiz)
    const own = await attemptsOf(payload, user, quiz.id)
    // A phone that lost the answer to its start asks again: it gets the same attempt while time remains.
    const open = own.find(
      (a) =>
        !a.submittedAt &&
        inTime(
          { startedAt: timeOf(a.startedAt) ?? 0, timeLimitMinutes: settings.timeLimitMinutes, closesAt },
          at,
          0,
        ),
    )
    let attempt = open
    if (!attempt) {
      if (own.length >= settings.maxAttempts)
        return jsonError(409, 'no_attempts_left', STUDY_MESSAGES.noAttemptsLeft)
      const number = own.length + 1
      const drawn = drawQuestions(
        bank.map((q) => q.options?.length ?? 0),
        { count: quiz.drawCount ?? 0, shuffleOptions: quiz.kind === 'contest' },
      )
      // Attempts are the server's record (create is systemOnly): the checks above are the member's standing.
      attempt = (await payload.create({
        collection: 'quiz-attempts',
        data: {
          key: `${quiz.id}:${user.id}:${number}`,
          quiz: quiz.id,
          member: user.id,
          attemptNumber: number,
          startedAt: new Date(at).toISOString(),
          drawn,
          org: idOf(user.org as Ref),
        } as never,
        depth: 0,
        overrideAccess: true,
      })) as unknown as StoredAttempt
    }
    const startedAt = timeOf(attempt.startedAt) ?? at
    const deadline = deadlineOf({ startedAt, timeLimitMinutes: settings.timeLimitMinutes, closesAt })
    const used = open ? own.length : own.length + 1
    return json({
      quiz: {
        id: quiz.id,
        title: quiz.title,
        kind: quiz.kind,
        timeLimitMinutes: settings.timeLimitMinutes,
        passPercent: settings.passPercent,
      },
      attempt: {
        id: attempt.id,
        number: attempt.attemptNumber,
        startedAt: new Date(startedAt).toISOString(),
        deadline: deadline === null ? null : new Date(deadline).toISOString(),
        token: startToken(payload.secret, attempt.id, startedAt),
        attemptsLeft: Math.max(0, settings.maxAttempts - used),
      },
      questions: questionsForPhone(quiz, attempt.drawn ?? []),
    })
  })

  mount(app, { ...submitRoute, middleware: [...posting, jsonBody(32 * 1024)] }, async (c) => {
    // Judged by when the answer arrived: at a contest's close thousands wait on the database, and one sent in
    // time is not late for having waited there.
    const at = now()
    const { payload, user } = c.var
    const quizId = idParam(c.req.valid('param').id)
    const body = c.req.valid('json')
    // The answer key is readable only by quiz writers; the member's standing is checked on the row first.
    const full = await keyedQuizSentTo(payload, user, quizId)
    if (!full) return jsonError(404, 'not_found', STUDY_MESSAGES.notFound)
    const own = await attemptsOf(payload, user, full.id)
    const attempt = own.find((a) => String(a.id) === String(body.attemptId))
    if (!attempt) return jsonError(404, 'attempt_not_found', STUDY_MESSAGES.attemptNotFound)
    const startedAt = startTimeOf(payload.secret, attempt.id, body.token)
    if (startedAt === null || startedAt !== timeOf(attempt.startedAt))
      return jsonError(403, 'bad_token', STUDY_MESSAGES.badToken)
    if (attempt.submittedAt) return json(resultOf(full, attempt, own.length, at))

    const settings = quizSettings(full)
    const window = { startedAt, timeLimitMinutes: settings.timeLimitMinutes, closesAt: timeOf(full.closesAt) }
    if (!inTime(window, at)) {
      const closed = full.kind === 'contest' && window.closesAt !== null && at > window.closesAt
      return jsonError(409, closed ? 'closed' : 'late', closed ? STUDY_MESSAGES.closed : STUDY_MESSAGES.late)
    }
    const drawn = attempt.drawn ?? []
    const answers: Record<string, number[]> = {}
    for (const [position, chosen] of Object.entries(body.answers)) {
      const question = drawn[Number(position)]
      const multiple = Boolean(full.questions?.[question?.q ?? -1]?.multiple)
      const unique = [...new Set(chosen)]
      if (!question || unique.some((o) => !question.options.includes(o)) || (!multiple && unique.length > 1))
        return jsonError(400, 'bad_answer', STUDY_MESSAGES.badAnswer)
      answers[position] = unique
    }
    const score = scoreAttempt(answerKey(full), drawn, answers, settings.passPercent)
    const result = {
      submittedAt: new Date(at).toISOString(),
      answers,
      correct: score.correct,
      total: score.total,
      percent: score.percent,
      passed: score.passed,
      durationMs: Math.max(0, at - startedAt),
      leftPageCount: body.leftPageCount ?? 0,
    }
    // Only an attempt not yet submitted is written: two racing retries leave one result. Straight through the
    // adapter: every value is the server's own, and the Local API's validation deep-merged the whole attempt
    // (its drawn questions) once per field, the bulk of a contest's submit.
    const written = await payload.db.updateMany({
      collection: 'quiz-attempts',
      where: { and: [{ id: { equals: attempt.id } }, { submittedAt: { exists: false } }] },
      data: { ...result, updatedAt: result.submittedAt },
    })
    const stored = (
      written?.length
        ? { ...attempt, ...result }
        : await payload.findByID({
            collection: 'quiz-attempts',
            id: attempt.id,
            depth: 0,
            overrideAccess: true,
          })
    ) as StoredAttempt
    return json(resultOf(full, stored, own.length, at))
  })

  mount(app, { ...rankingRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const quiz = await quizSentTo(payload, user, idParam(c.req.valid('param').id))
    if (quiz?.kind !== 'contest') return jsonError(404, 'not_found', STUDY_MESSAGES.notFound)
    if (!resultsOpen(quiz, now()))
      return json({ published: false, message: STUDY_MESSAGES.resultsLater, entries: [] })
    // Everyone sent the contest sees its ranking: names and cells of the contestants, not their answers.
    const found = await payload.find({
      collection: 'quiz-attempts',
      where: { and: [{ quiz: { equals: quiz.id } }, { submittedAt: { exists: true } }] },
      limit: 10_000,
      depth: 1,
      overrideAccess: true,
      select: { member: true, org: true, correct: true, total: true, durationMs: true, submittedAt: true },
    })
    type Row = StoredAttempt & { org?: { name?: string } | null }
    const entries = (found.docs as unknown as Row[])
      .map((a) => ({
        fullName:
          typeof a.member === 'object' ? String((a.member as { fullName?: string }).fullName ?? '') : '',
        cell: typeof a.org === 'object' && a.org ? (a.org.name ?? null) : null,
        correct: a.correct ?? 0,
        total: a.total ?? 0,
        durationMs: a.durationMs ?? 0,
        submittedAt: a.submittedAt ?? '',
      }))
      .sort(byRank)
      .map((e, i) => ({
        rank: i + 1,
        fullName: e.fullName,
        cell: e.cell,
        correct: e.correct,
        total: e.total,
        durationSeconds: Math.round(e.durationMs / 1000),
      }))
    return json({ published: true, message: `Xếp hạng ${entries.length} thí sinh.`, entries })
  })

  mount(app, { ...participationRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const caller = asSessionUser(user)
    const quiz = await quizSentTo(payload, user, idParam(c.req.valid('param').id))
    if (!quiz || !caller) return jsonError(404, 'not_found', STUDY_MESSAGES.notFound)
    const org = idParam(c.req.valid('query').org)
    const allowed = await mayLookInto(payload, caller, org).catch(() => false)
    if (!allowed) return jsonError(403, 'not_your_org', STUDY_MESSAGES.notYourOrg)
    return json(await participation(payload, user, quiz.id, org))
  })

  return app
}
