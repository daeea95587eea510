/** Surveys as zod schemas (validation, OpenAPI, wire types); an answer names option indexes, a point or a text. */
import { z } from '@hono/zod-openapi'
import {
  SURVEY_MESSAGES,
  SURVEY_OPTIONS_MAX,
  SURVEY_QUESTION_KINDS,
  SURVEY_QUESTIONS_MAX,
  SURVEY_TEXT_MAX,
} from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const kinds = SURVEY_QUESTION_KINDS.map((k) => k.value) as [string, ...string[]]

export const SurveyIdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{1,24}$/i, SURVEY_MESSAGES.notFound)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const SurveySummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    intro: z.string().nullable(),
    anonymous: z.boolean(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    /** Sent to the caller, published, and they may still answer it. */
    sentToMe: z.boolean(),
    answered: z.boolean(),
    /** The caller administers the survey's org: they read its results. */
    results: z.boolean(),
    /** Where the caller's view of participation starts (the survey's org, or their own study grant), or null. */
    participationOrg: Id.nullable(),
    questions: z.array(
      z.object({
        text: z.string(),
        kind: z.enum(kinds),
        required: z.boolean(),
        options: z.array(z.string()),
      }),
    ),
  })
  .openapi('SurveySummary')

export const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) })

/** Only `answers` is read; anything else the phone adds is dropped. Each answer is checked against its question. */
export const AnswerBody = z.object({
  answers: z
    .record(
      z.string().regex(/^\d{1,2}$/, SURVEY_MESSAGES.unknownQuestion),
      z.union([
        z.array(z.number().int().min(0).max(SURVEY_OPTIONS_MAX)).max(SURVEY_OPTIONS_MAX),
        z.number(),
        z.string().max(SURVEY_TEXT_MAX + 100, SURVEY_MESSAGES.tooLong),
      ]),
      { error: SURVEY_MESSAGES.unknownQuestion },
    )
    .refine((a) => Object.keys(a).length <= SURVEY_QUESTIONS_MAX, SURVEY_MESSAGES.unknownQuestion),
})

export const AnsweredSchema = z.object({ message: z.string() }).openapi('SurveyAnswered')

export const SurveyResultsSchema = z
  .object({
    title: z.string(),
    anonymous: z.boolean(),
    respondents: z.number().int(),
    questions: z.array(
      z.object({
        text: z.string(),
        kind: z.enum(kinds),
        answered: z.number().int(),
        counts: z.array(z.object({ label: z.string(), count: z.number().int() })),
        average: z.number().nullable(),
        texts: z.array(z.string()),
        chartSvg: z
          .string()
          .nullable()
          .openapi({ description: 'Biểu đồ SVG (Apache ECharts, vẽ ở máy chủ)' }),
      }),
    ),
  })
  .openapi('SurveyResults')

export const ExportQuery = z.object({
  format: z
    .enum(['csv', 'xlsx'], { error: 'Định dạng xuất phải là csv hoặc xlsx.' })
    .openapi({ param: { name: 'format', in: 'query' } }),
})

export const SurveyParticipationQuery = z.object({
  org: z
    .string({ error: 'Xin chọn tổ chức.' })
    .regex(/^[0-9a-f]{1,24}$/i, 'Xin chọn tổ chức.')
    .openapi({ param: { name: 'org', in: 'query' } }),
})

export const SurveyParticipationSchema = z
  .object({
    org: z.object({ id: Id, name: z.string() }),
    respondents: z.number().int().openapi({ description: 'Số đảng viên của cả tổ chức đã trả lời' }),
    orgs: z.array(z.object({ org: z.object({ id: Id, name: z.string() }), respondents: z.number().int() })),
    /** Named surveys, once the org is a cell: who answered (never what). */
    members: z.array(z.string()),
  })
  .openapi('SurveyParticipation')

export type SurveySummary = z.infer<typeof SurveySummarySchema>
export type SurveyList = z.infer<typeof SurveyListSchema>
export type SurveyAnswerBody = z.infer<typeof AnswerBody>
export type SurveyResults = z.infer<typeof SurveyResultsSchema>
export type SurveyParticipationAnswer = z.infer<typeof SurveyParticipationSchema>
