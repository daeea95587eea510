/** Meetings on the wire, as zod schemas (validation, OpenAPI, wire types in ../types.ts). */
import { z } from '@hono/zod-openapi'
import {
  ABSENCE_REASON_MAX,
  MEETING_KINDS,
  MEETING_REPLIES,
  MEETING_STATUSES,
  MONTH_PATTERN,
  PRESENCE,
} from '@sotay/content-schemas'
import { MEETING_MESSAGES as M } from './messages.ts'

const Id = z.union([z.number().int(), z.string()])
const values = <T extends readonly { value: string }[]>(list: T) =>
  list.map((x) => x.value) as [T[number]['value'], ...T[number]['value'][]]
const text = z.string().nullable()

export const MeetingParams = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/, M.notFound)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const PersonSchema = z.object({ id: Id, fullName: z.string() }).openapi('MeetingPerson')

export const MyAttendanceSchema = z
  .object({
    reply: z.enum(values(MEETING_REPLIES)).nullable(),
    reason: text,
    repliedAt: text,
    checkedInAt: text,
    checkinMethod: text,
    exempt: z.boolean(),
  })
  .openapi('MyMeetingAttendance')

export const MeetingSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    kind: z.enum(values(MEETING_KINDS)),
    kindLabel: z.string(),
    status: z.enum(values(MEETING_STATUSES)),
    statusLabel: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    when: z.string().openapi({ description: 'dd/mm/yyyy HH:mm, giờ Việt Nam' }),
    place: text,
    org: z.object({ id: Id, name: z.string() }).nullable(),
    online: z.boolean(),
    postedOnTime: z.boolean().nullable(),
    upcoming: z.boolean(),
    mine: MyAttendanceSchema.nullable().openapi({
      description: 'Câu trả lời và điểm danh của tôi, nếu được mời',
    }),
    runs: z.boolean(),
  })
  .openapi('MeetingSummary')

export const MeetingListSchema = z
  .object({
    meetings: z
      .array(MeetingSummarySchema)
      .openapi({ description: 'Sắp tới trước (gần nhất trước), rồi đã qua' }),
    runOrgs: z
      .array(z.object({ id: Id, name: z.string() }))
      .openapi({ description: 'Tổ chức tôi lên lịch họp được' }),
    oversees: z.boolean().openapi({ description: 'Có quyền xem “Theo dõi sinh hoạt”' }),
  })
  .openapi('MeetingList')

export const MeetingDocumentSchema = z
  .object({
    id: Id,
    title: z.string(),
    numberSymbol: text,
    ref: z
      .string()
      .openapi({ description: 'Slug dùng cho /fn/reading/documents/{ref} và để lưu đọc offline' }),
    link: z.string(),
  })
  .openapi('MeetingDocument')

export const MeetingDetailSchema = MeetingSummarySchema.extend({
  agenda: z.array(z.object({ title: z.string(), note: text })),
  documents: z.array(MeetingDocumentSchema),
  chair: PersonSchema.nullable(),
  recorder: PersonSchema.nullable(),
  isChair: z.boolean(),
  isRecorder: z.boolean(),
  invited: z.boolean(),
}).openapi('MeetingDetail')

export const MeetingAnswerSchema = z.object({ meeting: MeetingDetailSchema }).openapi('MeetingAnswer')

export const ReplyBody = z
  .object({
    reply: z.enum(values(MEETING_REPLIES), { message: 'Xin chọn “Có mặt” hoặc “Vắng”.' }),
    reason: z.string().max(ABSENCE_REASON_MAX, `Lý do tối đa ${ABSENCE_REASON_MAX} ký tự.`).optional(),
  })
  .refine((b) => b.reply !== 'absent' || Boolean(b.reason?.trim()), {
    message: M.reasonRequired,
    path: ['reason'],
  })
  .openapi('MeetingReplyBody')

export const ReplyAnswerSchema = z
  .object({ mine: MyAttendanceSchema, message: z.string() })
  .openapi('MeetingReplyAnswer')

const when = z.string().datetime({ offset: true, message: 'Thời gian không hợp lệ.' })

export const ScheduleBody = z
  .object({
    org: Id,
    title: z.string().trim().min(1, 'Xin ghi tên cuộc họp.').max(200).optional(),
    kind: z.enum(values(MEETING_KINDS), { message: 'Loại cuộc họp không hợp lệ.' }),
    startsAt: when,
    endsAt: when,
    place: z.string().max(300).optional(),
    agenda: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
    documents: z.array(Id).max(30).optional(),
    chair: Id.nullable().optional(),
    recorder: Id.nullable().optional(),
    online: z.boolean().optional(),
  })
  .refine((b) => new Date(b.endsAt) > new Date(b.startsAt), { message: M.endBeforeStart, path: ['endsAt'] })
  .openapi('MeetingScheduleBody')

export const ChangeBody = z
  .object({
    startsAt: when.optional(),
    endsAt: when.optional(),
    place: z.string().max(300).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    online: z.boolean().optional(),
    cancel: z.literal(true).optional(),
  })
  .openapi('MeetingChangeBody')

export const ScheduleAnswerSchema = z
  .object({ meeting: MeetingDetailSchema, message: z.string(), onTime: z.boolean().nullable() })
  .openapi('MeetingScheduleAnswer')

export const AttendeeSchema = z
  .object({
    member: PersonSchema,
    presence: z.enum(values(PRESENCE)),
    presenceLabel: z.string(),
    reply: z.enum(values(MEETING_REPLIES)).nullable(),
    reason: text,
    repliedAt: text,
    checkedInAt: text,
    checkinMethod: text,
    exempt: z.boolean(),
  })
  .openapi('MeetingAttendee')

const Counts = z.object({
  invited: z.number(),
  present: z.number(),
  expected: z.number(),
  onsite: z.number(),
  online: z.number(),
  excused: z.number(),
  unexcused: z.number(),
  exempt: z.number(),
  coming: z.number(),
  noReply: z.number(),
})

export const AttendanceAnswerSchema = z
  .object({
    started: z.boolean(),
    counts: Counts,
    rate: z.number().nullable(),
    attendees: z.array(AttendeeSchema).openapi({ description: 'Người miễn sinh hoạt ở cuối, riêng' }),
  })
  .openapi('MeetingAttendanceAnswer')

export const OversightQuery = z.object({
  month: z.string().regex(MONTH_PATTERN, M.badMonth).optional(),
  org: z
    .string()
    .regex(/^[\w-]{1,64}$/, M.orgOutside)
    .optional(),
})

export const OversightAnswerSchema = z
  .object({
    month: z.string(),
    monthLabel: z.string(),
    deadline: z.string().openapi({ description: 'Hạn đăng, dd/mm/yyyy HH:mm' }),
    org: z.object({ id: Id, name: z.string() }),
    orgs: z
      .array(z.object({ id: Id, name: z.string() }))
      .openapi({ description: 'Các tổ chức tôi theo dõi' }),
    totals: z.object({
      cells: z.number(),
      onTime: z.number(),
      late: z.number(),
      notPosted: z.number(),
      held: z.number(),
      rate: z.number().nullable(),
    }),
    cells: z.array(
      z.object({
        org: z.object({ id: Id, name: z.string() }),
        posting: z.enum(['on-time', 'late', 'not-posted']),
        postingLabel: z.string(),
        meeting: z.object({ id: Id, title: z.string(), when: z.string() }).nullable(),
        held: z.boolean(),
        invited: z.number(),
        present: z.number(),
        expected: z.number(),
        rate: z.number().nullable(),
      }),
    ),
  })
  .openapi('MeetingOversight')

export const ReportQuery = z.object({
  org: z
    .string()
    .regex(/^[\w-]{1,64}$/, M.orgOutside)
    .optional(),
})

export const AttendanceReportSchema = z
  .object({
    org: z.object({ id: Id, name: z.string() }),
    from: z.string(),
    to: z.string(),
    year: z.number(),
    members: z.array(
      z.object({
        member: PersonSchema,
        invited: z.number(),
        present: z.number(),
        expected: z.number(),
        rate: z.number().nullable(),
        unexcusedMonths: z.array(z.string()),
        flagged: z.boolean(),
      }),
    ),
    cells: z.array(
      z.object({
        org: z.object({ id: Id, name: z.string() }),
        meetings: z.number(),
        present: z.number(),
        expected: z.number(),
        rate: z.number().nullable(),
      }),
    ),
  })
  .openapi('MeetingAttendanceReport')

export type MeetingSummary = z.infer<typeof MeetingSummarySchema>
export type MeetingList = z.infer<typeof MeetingListSchema>
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>
export type MeetingDocument = z.infer<typeof MeetingDocumentSchema>
export type MeetingAnswer = z.infer<typeof MeetingAnswerSchema>
export type MeetingReplyAnswer = z.infer<typeof ReplyAnswerSchema>
export type MeetingScheduleBody = z.infer<typeof ScheduleBody>
export type MeetingScheduleAnswer = z.infer<typeof ScheduleAnswerSchema>
export type MeetingAttendee = z.infer<typeof AttendeeSchema>
export type MeetingAttendanceAnswer = z.infer<typeof AttendanceAnswerSchema>
export type MeetingOversight = z.infer<typeof OversightAnswerSchema>
export type MeetingAttendanceReport = z.infer<typeof AttendanceReportSchema>
export type MyMeetingAttendance = z.infer<typeof MyAttendanceSchema>
