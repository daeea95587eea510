/** "Lịch của tôi": the agenda, entries and the feed link, as zod schemas (validation, OpenAPI, wire types). */
import { z } from '@hono/zod-openapi'
import {
  CALENDAR_ITEM_KINDS,
  CALENDAR_MESSAGES,
  CALENDAR_NOTE_MAX,
  CALENDAR_REMINDERS,
  CALENDAR_TITLE_MAX,
} from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const kinds = CALENDAR_ITEM_KINDS.map((k) => k.value) as [string, ...string[]]
const reminders = CALENDAR_REMINDERS.map((r) => r.value) as [string, ...string[]]

export const CalendarItemSchema = z
  .object({
    uid: z.string().openapi({ description: 'Ổn định qua các lần tải: entry-<id>, meeting-<id>, task-<id>' }),
    kind: z.enum(kinds),
    kindLabel: z.string(),
    id: Id,
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    day: z.string().openapi({ description: 'yyyy-mm-dd theo giờ Việt Nam' }),
    dateLabel: z.string().openapi({ description: 'dd/mm/yyyy' }),
    weekday: z.string().openapi({ description: 'Thứ Hai … Chủ nhật' }),
    timeLabel: z.string(),
    place: z.string().nullable(),
    note: z.string().nullable(),
    cancelled: z.boolean(),
    statusLabel: z.string().nullable(),
    alarmMinutes: z.number(),
    updatedAt: z.string().nullable(),
    link: z.string().nullable(),
  })
  .openapi('CalendarItem')

export const AgendaSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    items: z.array(CalendarItemSchema),
    feedActive: z.boolean(),
  })
  .openapi('Agenda')

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, CALENDAR_MESSAGES.badRange)
export const AgendaQuery = z.object({
  from: day.optional().openapi({ description: 'Ngày đầu, yyyy-mm-dd (giờ Việt Nam); mặc định hôm nay' }),
  to: day.optional().openapi({ description: 'Ngày cuối (không tính), tối đa 62 ngày sau ngày đầu' }),
  member: z.string().optional().openapi({ description: 'Chỉ được là chính mình' }),
})

const when = z
  .string({ error: 'Thời gian không hợp lệ.' })
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Thời gian không hợp lệ.')
export const EntryBody = z
  .object({
    title: z
      .string({ error: CALENDAR_MESSAGES.emptyTitle })
      .transform((v) => v.trim())
      .refine((v) => v.length > 0 && [...v].length <= CALENDAR_TITLE_MAX, CALENDAR_MESSAGES.emptyTitle),
    startsAt: when,
    endsAt: when.optional(),
    place: z.string().max(300, 'Địa điểm quá dài.').optional(),
    note: z.string().max(CALENDAR_NOTE_MAX, 'Ghi chú quá dài.').optional(),
    reminder: z.enum(reminders, { error: 'Chọn thời gian nhắc.' }).optional(),
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    message: CALENDAR_MESSAGES.endBeforeStart,
    path: ['endsAt'],
  })

export const EntryAnswerSchema = z.object({ item: CalendarItemSchema, message: z.string() })
export const FeedAnswerSchema = z
  .object({ url: z.string().nullable(), message: z.string() })
  .openapi('CalendarFeedLink')
export const EntryIdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
export const FeedParam = z.object({
  file: z.string().openapi({ param: { name: 'file', in: 'path' }, example: 'abc.ics' }),
})

export type CalendarItem = z.infer<typeof CalendarItemSchema>
export type Agenda = z.infer<typeof AgendaSchema>
export type EntryAnswer = z.infer<typeof EntryAnswerSchema>
export type FeedAnswer = z.infer<typeof FeedAnswerSchema>
