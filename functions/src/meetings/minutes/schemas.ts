/** Meeting minutes (biên bản) on the wire, as zod schemas (validation, OpenAPI, the member app's types). */
import { z } from '@hono/zod-openapi'
import { MINUTES_MESSAGES, MINUTES_STATUSES, MINUTES_TEXT_MAX } from '@sotay/content-schemas'

export const MeetingParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f-]{1,40}$/i, MINUTES_MESSAGES.notFound)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Mã cuộc họp' }),
})

const Name = z.object({ name: z.string() })

const VoteSchema = z.object({
  question: z.string(),
  secret: z.boolean(),
  mode: z.string().openapi({ description: 'Bỏ phiếu kín hoặc Biểu quyết công khai' }),
  results: z.array(z.object({ choice: z.string(), count: z.number().int() })),
  votersCount: z.number().int(),
  closedAt: z.string().openapi({ description: 'dd/mm/yyyy HH:mm' }),
})

export const MinutesGeneratedSchema = z
  .object({
    header: z.object({
      superior: z.string(),
      organisation: z.string(),
      kind: z.string(),
      title: z.string(),
      startsAt: z.string().openapi({ description: 'dd/mm/yyyy HH:mm' }),
      endsAt: z.string().openapi({ description: 'dd/mm/yyyy HH:mm' }),
      place: z.string(),
      day: z.string().openapi({ description: 'Ngày họp theo giờ Việt Nam, yyyy-mm-dd' }),
    }),
    chair: z.string(),
    recorder: z.string(),
    attendance: z.object({
      invited: z.number().int(),
      expected: z.number().int(),
      onSite: z.array(z.object({ name: z.string(), method: z.string() })),
      online: z.array(Name),
      absentWithReason: z.array(z.object({ name: z.string(), reason: z.string() })),
      absentWithoutReason: z.array(Name),
      exempt: z.array(Name),
    }),
    items: z.array(
      z.object({ key: z.string(), title: z.string(), note: z.string(), votes: z.array(VoteSchema) }),
    ),
    otherVotes: z.array(VoteSchema),
  })
  .openapi('MinutesGenerated')

export const MinutesNoteSchema = z.object({
  itemKey: z.string(),
  itemTitle: z.string(),
  discussion: z.string(),
  conclusion: z.string(),
})

const statuses = MINUTES_STATUSES.map((s) => s.value) as ['draft', 'approved']

export const MinutesSchema = z
  .object({
    status: z.enum(statuses),
    statusLabel: z.string(),
    generated: MinutesGeneratedSchema,
    notes: z.array(MinutesNoteSchema),
    summary: z.string(),
    placeName: z.string(),
    draftedAt: z.string().openapi({ description: 'dd/mm/yyyy HH:mm' }),
    approvedAt: z.string().openapi({ description: 'dd/mm/yyyy HH:mm, trống khi là dự thảo' }),
    approvedBy: z.string(),
    pdfUrl: z.string(),
  })
  .openapi('MeetingMinutes')

export const MinutesAnswerSchema = z.object({
  minutes: MinutesSchema.nullable().openapi({
    description: 'Trống khi chưa có biên bản, hoặc khi là dự thảo mà người hỏi không được xem',
  }),
  can: z.object({ draft: z.boolean(), edit: z.boolean(), approve: z.boolean() }),
  message: z.string().optional(),
})

const text = z
  .string({ error: MINUTES_MESSAGES.longText })
  .refine((value) => [...value].length <= MINUTES_TEXT_MAX, MINUTES_MESSAGES.longText)
  .openapi({ type: 'string', maxLength: MINUTES_TEXT_MAX })

export const MinutesBody = z.object({
  placeName: z.string().max(200, MINUTES_MESSAGES.longText).optional(),
  summary: text.optional(),
  notes: z
    .array(z.object({ itemKey: z.string().min(1).max(100), discussion: text, conclusion: text }))
    .max(100)
    .optional(),
})

export type MinutesGeneratedWire = z.infer<typeof MinutesGeneratedSchema>
export type MinutesNoteWire = z.infer<typeof MinutesNoteSchema>
export type MinutesView = z.infer<typeof MinutesSchema>
export type MinutesAnswer = z.infer<typeof MinutesAnswerSchema>
export type MinutesEdit = z.infer<typeof MinutesBody>
