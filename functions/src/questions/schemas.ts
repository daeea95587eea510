/** The question functions' inputs and answers as zod schemas: they validate, document /fn/openapi.json and type the member app. */
import { z } from '@hono/zod-openapi'
import { QUESTION_MAX, QUESTION_MIN } from '@sotay/content-schemas'
import { MESSAGES } from './messages.ts'

const Id = z.union([z.number().int(), z.string()])
const length = (value: string) => [...value].length

/** The question's text, spaces tidied, within the bounds; every refusal in Vietnamese. */
export const QuestionText = z
  .string({ error: MESSAGES.noText })
  .transform((value) => value.trim().replace(/[ \t]+/g, ' '))
  .refine((text) => text !== '', MESSAGES.noText)
  .refine((text) => text === '' || length(text) >= QUESTION_MIN, MESSAGES.tooShort)
  .refine((text) => length(text) <= QUESTION_MAX, MESSAGES.tooLong)
  .openapi({ type: 'string', minLength: QUESTION_MIN, maxLength: QUESTION_MAX })

export const AskBody = z.object({ text: QuestionText })

export const QuestionParams = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/, MESSAGES.notFound)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const FaqQuery = z.object({
  q: z
    .string({ error: MESSAGES.shortQuery })
    .transform((value) => value.trim())
    .refine((q) => length(q) >= 2, MESSAGES.shortQuery)
    .refine((q) => length(q) <= 200, MESSAGES.longQuery)
    .openapi({
      param: { name: 'q', in: 'query', required: true },
      type: 'string',
      minLength: 2,
      maxLength: 200,
    }),
})

export const AutoAnswerSchema = z.object({
  note: z.string(),
  faqId: Id,
  question: z.string(),
  answer: z.string(),
})

export const MemberQuestionSchema = z
  .object({
    id: Id,
    text: z.string(),
    status: z.enum(['auto', 'pending', 'escalated', 'answered', 'closed']),
    statusLabel: z.string(),
    createdAt: z.string(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    automatic: z.boolean(),
    autoAnswer: AutoAnswerSchema.nullable(),
  })
  .openapi('MemberQuestion')

export const FaqEntrySchema = z
  .object({ id: Id, question: z.string(), answer: z.string(), category: z.string().optional() })
  .openapi('FaqEntry')

export const AskResultSchema = z.object({
  question: MemberQuestionSchema,
  automatic: z.boolean(),
  note: z.string().optional(),
  faq: FaqEntrySchema.optional(),
  message: z.string().optional(),
})

export const NotHelpfulResultSchema = z.object({ question: MemberQuestionSchema, message: z.string() })
export const MyQuestionsSchema = z.object({ questions: z.array(MemberQuestionSchema) })
export const FaqResultsSchema = z.object({ results: z.array(FaqEntrySchema) })

export type AutoAnswer = z.infer<typeof AutoAnswerSchema>
export type MemberQuestion = z.infer<typeof MemberQuestionSchema>
export type FaqEntry = z.infer<typeof FaqEntrySchema>
export type AskResult = z.infer<typeof AskResultSchema>
export type NotHelpfulResult = z.infer<typeof NotHelpfulResultSchema>
export type MyQuestions = z.infer<typeof MyQuestionsSchema>
export type FaqResults = z.infer<typeof FaqResultsSchema>
