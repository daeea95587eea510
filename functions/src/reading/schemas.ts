/** The reading functions' inputs and answers as zod schemas: they validate, document /fn/openapi.json and type the member app. */
import { z } from '@hono/zod-openapi'
import { pageQuery } from '../http/pageQuery.ts'
import { READING_MESSAGES } from './messages.ts'

export const READING_KINDS = ['news', 'documents', 'study-topics', 'faq'] as const
export const MAX_LIMIT = 50

export const ListQuery = pageQuery(READING_MESSAGES, MAX_LIMIT).extend({
  scope: z
    .enum(['all', 'mine'], { error: READING_MESSAGES.badScope })
    .optional()
    .default('all')
    .openapi({
      param: { name: 'scope', in: 'query' },
      description: '`mine`: chỉ nội bộ của chi bộ và các cấp ủy cấp trên của đảng viên',
    }),
})

/** A slug (news, documents, study topics) or a numeric or hex id (every kind, the FAQ's only). */
export const ItemParams = z.object({
  ref: z
    .string()
    .regex(/^[\p{Ll}\p{N}-]{1,200}$/u, READING_MESSAGES.badRef)
    .openapi({ param: { name: 'ref', in: 'path' }, description: 'Slug hoặc mã của bài' }),
})

export const SearchQuery = z.object({
  q: z
    .string({ error: READING_MESSAGES.shortQuery })
    .transform((value) => value.trim())
    .refine((q) => [...q].length >= 2, READING_MESSAGES.shortQuery)
    .refine((q) => [...q].length <= 200, READING_MESSAGES.longQuery)
    .openapi({
      param: { name: 'q', in: 'query', required: true },
      type: 'string',
      minLength: 2,
      maxLength: 200,
    }),
})

const Id = z.union([z.number().int(), z.string()])

export const MediaLinkSchema = z.object({
  url: z.string(),
  mimeType: z.string().nullable(),
  filesize: z.number().nullable(),
  filename: z.string().nullable(),
})

export const CoverSchema = z.object({
  url: z.string(),
  thumbnail: z.string().nullable(),
  card: z.string().nullable(),
  alt: z.string(),
})

export const ReadingSummarySchema = z
  .object({
    kind: z.enum(READING_KINDS),
    id: Id,
    /** What the item's address in the member app carries: its slug, or its id (FAQ). */
    ref: z.string(),
    /** Its page in the member app. */
    link: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    date: z.string().nullable().openapi({ description: 'ISO: ngày đăng, ngày ban hành hoặc ngày cập nhật' }),
    audience: z.string(),
    audienceLabel: z.string(),
    /** Internal to the member's own cell or a committee above it ("Của chi bộ / đảng bộ của tôi"). */
    mine: z.boolean(),
    orgName: z.string().nullable(),
    numberSymbol: z.string().nullable(),
    typeLabel: z.string().nullable(),
    month: z.number().int().nullable(),
    year: z.number().int().nullable(),
    cover: CoverSchema.nullable(),
    hasAudio: z.boolean(),
  })
  .openapi('ReadingSummary')

export const ReadingListSchema = z.object({
  items: z.array(ReadingSummarySchema),
  page: z.number().int(),
  totalPages: z.number().int(),
  total: z.number().int(),
})

export const ReadingItemSchema = ReadingSummarySchema.extend({
  /** News and study topics: the body as safe HTML. */
  html: z.string().nullable(),
  /** Documents: the PDF's text, paragraph by paragraph; FAQ: the answer. */
  paragraphs: z.array(z.string()),
  issuingBody: z.string().nullable(),
  /** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
  issuedDate: z.string().nullable(),
  pdf: MediaLinkSchema.nullable(),
  pageImages: z.array(z.string()),
  audio: MediaLinkSchema.nullable(),
  /** Plain text for the phone's own voice when there is no recording. */
  listenText: z.string(),
  sourceName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  category: z.string().nullable(),
}).openapi('ReadingItem')

export const ReadingItemAnswerSchema = z.object({ item: ReadingItemSchema })

export const ReadingHitSchema = ReadingSummarySchema.extend({
  /** The words around the match (a paragraph of the PDF text for documents). */
  excerpt: z.string().nullable(),
}).openapi('ReadingHit')

export const ReadingSearchSchema = z.object({ results: z.array(ReadingHitSchema) })

export const SuggestionSchema = z.object({
  faq: z.array(z.object({ id: Id, question: z.string(), answer: z.string(), link: z.string() })),
  passages: z.array(
    z.object({
      id: Id,
      title: z.string(),
      numberSymbol: z.string().nullable(),
      text: z.string(),
      link: z.string(),
    }),
  ),
})

export type ReadingKind = (typeof READING_KINDS)[number]
export type MediaLink = z.infer<typeof MediaLinkSchema>
export type Cover = z.infer<typeof CoverSchema>
export type ReadingSummary = z.infer<typeof ReadingSummarySchema>
export type ReadingList = z.infer<typeof ReadingListSchema>
export type ReadingItem = z.infer<typeof ReadingItemSchema>
export type ReadingItemAnswer = z.infer<typeof ReadingItemAnswerSchema>
export type ReadingHit = z.infer<typeof ReadingHitSchema>
export type ReadingSearch = z.infer<typeof ReadingSearchSchema>
export type Suggestions = z.infer<typeof SuggestionSchema>
