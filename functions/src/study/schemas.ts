/** Quizzes and contests as zod schemas (validation, OpenAPI, wire types); answers name bank option indexes. */
import { z } from '@hono/zod-openapi'
import {
  OPTIONS_PER_QUESTION_MAX,
  QUESTIONS_PER_QUIZ_MAX,
  QUIZ_KINDS,
  STUDY_MESSAGES,
} from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const kinds = QUIZ_KINDS.map((k) => k.value) as [string, ...string[]]

export const QuizIdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{1,24}$/i, STUDY_MESSAGES.notFound)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const QuizSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    kind: z.enum(kinds),
    kindLabel: z.string(),
    topic: Id.nullable(),
    questionCount: z.number().int(),
    timeLimitMinutes: z.number().int(),
    maxAttempts: z.number().int(),
    passPercent: z.number().int(),
    opensAt: z.string().nullable().openapi({ description: 'ISO; the calendar shows the window' }),
    closesAt: z.string().nullable(),
    attemptsUsed: z.number().int(),
    best: z.number().int().nullable().openapi({ description: 'Điểm cao nhất (%), khi đã có kết quả' }),
  })
  .openapi('QuizSummary')

export const QuizListSchema = z.object({ quizzes: z.array(QuizSummarySchema) })

export const DrawnQuestionSchema = z.object({
  text: z.string(),
  multiple: z.boolean(),
  /** In the order to show them; `index` is what an answer names. */
  options: z.array(z.object({ index: z.number().int(), text: z.string() })),
})

export const StartAnswerSchema = z
  .object({
    quiz: z.object({
      id: Id,
      title: z.string(),
      kind: z.enum(kinds),
      timeLimitMinutes: z.number().int(),
      passPercent: z.number().int(),
    }),
    attempt: z.object({
      id: Id,
      number: z.number().int(),
      startedAt: z.string(),
      deadline: z.string().nullable().openapi({ description: 'Hết giờ lúc (ISO), theo đồng hồ máy chủ' }),
      token: z.string().openapi({ description: 'Mã bắt đầu có chữ ký; gửi lại khi nộp bài' }),
      attemptsLeft: z.number().int(),
    }),
    questions: z.array(DrawnQuestionSchema),
  })
  .openapi('QuizStart')

const Answers = z
  .record(
    z.string().regex(/^\d{1,3}$/, STUDY_MESSAGES.badAnswer),
    z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(OPTIONS_PER_QUESTION_MAX - 1),
        { error: STUDY_MESSAGES.badAnswer },
      )
      .max(OPTIONS_PER_QUESTION_MAX),
    { error: STUDY_MESSAGES.badAnswer },
  )
  .refine((a) => Object.keys(a).length <= QUESTIONS_PER_QUIZ_MAX, STUDY_MESSAGES.badAnswer)

/** Only these fields are read: a score, a `correct` flag or anything else the phone adds is dropped. */
export const SubmitBody = z.object({
  attemptId: Id,
  token: z.string({ error: STUDY_MESSAGES.badToken }).max(200),
  answers: Answers,
  leftPageCount: z.number().int().min(0).max(10_000).optional(),
})

export const ReviewSchema = z.object({
  text: z.string(),
  multiple: z.boolean(),
  right: z.boolean(),
  explanation: z.string().nullable(),
  options: z.array(
    z.object({ index: z.number().int(), text: z.string(), correct: z.boolean(), chosen: z.boolean() }),
  ),
})

export const ResultSchema = z
  .object({
    attemptId: Id,
    attemptNumber: z.number().int(),
    submittedAt: z.string(),
    /** False for a contest before it closes: the score and review come when results are published. */
    published: z.boolean(),
    message: z.string(),
    correct: z.number().int().nullable(),
    total: z.number().int(),
    percent: z.number().int().nullable(),
    passed: z.boolean().nullable(),
    attemptsLeft: z.number().int(),
    review: z.array(ReviewSchema),
  })
  .openapi('QuizResult')

export const RankingSchema = z
  .object({
    published: z.boolean(),
    message: z.string(),
    entries: z.array(
      z.object({
        rank: z.number().int(),
        fullName: z.string(),
        cell: z.string().nullable(),
        correct: z.number().int(),
        total: z.number().int(),
        durationSeconds: z.number().int(),
      }),
    ),
  })
  .openapi('ContestRanking')

export type QuizSummary = z.infer<typeof QuizSummarySchema>
export type QuizList = z.infer<typeof QuizListSchema>
export type QuizStart = z.infer<typeof StartAnswerSchema>
export type QuizSubmit = z.infer<typeof SubmitBody>
export type QuizResult = z.infer<typeof ResultSchema>
export type ContestRanking = z.infer<typeof RankingSchema>

export const ParticipationQuery = z.object({
  org: z
    .string({ error: 'Xin chọn tổ chức.' })
    .regex(/^[0-9a-f]{1,24}$/i, 'Xin chọn tổ chức.')
    .openapi({ param: { name: 'org', in: 'query' } }),
})

export const ParticipationSchema = z
  .object({
    orgs: z.array(
      z.object({
        org: z.object({ id: Id, name: z.string() }),
        members: z.number().int().openapi({ description: 'Số đảng viên đã nộp bài' }),
        passed: z.number().int(),
        averagePercent: z.number().int(),
      }),
    ),
    members: z.array(z.object({ fullName: z.string(), percent: z.number().int(), passed: z.boolean() })),
  })
  .openapi('QuizParticipation')

export type QuizParticipation = z.infer<typeof ParticipationSchema>
