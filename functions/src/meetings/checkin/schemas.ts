/** Check-in (điểm danh) as zod schemas: validation, OpenAPI and the wire types. */
import { z } from '@hono/zod-openapi'
import { CHECKIN_METHODS } from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const methods = CHECKIN_METHODS.map((m) => m.value) as [string, ...string[]]

export const MeetingIdParam = z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) })
export const TickParam = MeetingIdParam.extend({ memberId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) })

export const CheckinCodeSchema = z
  .object({
    url: z
      .string()
      .openapi({ description: 'Địa chỉ trong mã QR: <origin>/thanh-vien/diem-danh/#<id>.<slot>.<chữ ký>' }),
    code: z.string().openapi({ description: 'Mã số 6 chữ số' }),
    slot: z.number().int(),
    expiresAt: z.string().openapi({ description: 'Hết hạn lúc (ISO)' }),
    nextAt: z.string().openapi({ description: 'Mã mới hiện lúc (ISO)' }),
  })
  .openapi('CheckinCode')

export const CheckinBody = z
  .object({
    token: z.string().max(200).optional().openapi({ description: 'Nội dung mã QR (hoặc cả địa chỉ)' }),
    code: z.string().max(20).optional().openapi({ description: 'Mã số 6 chữ số' }),
  })
  .openapi('CheckinBody')

export const TokenCheckinBody = z
  .object({
    token: z.string().max(300).optional().openapi({ description: 'Nội dung mã QR (mã ghi tên cuộc họp)' }),
    code: z
      .string()
      .max(20)
      .optional()
      .openapi({ description: 'Mã số 6 chữ số: cuộc họp đang điểm danh của tôi' }),
  })
  .openapi('TokenCheckinBody')

export const CheckinStandingSchema = z
  .object({
    meetingId: Id,
    title: z.string(),
    runs: z.boolean(),
    invited: z.boolean(),
    checkedIn: z.boolean(),
    online: z.boolean(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: z.enum(['scheduled', 'held', 'cancelled']),
  })
  .openapi('CheckinStanding')

export const CheckinResultSchema = z
  .object({
    meetingId: Id,
    title: z.string(),
    checkedInAt: z.string(),
    time: z.string().openapi({ description: 'Giờ điểm danh, HH:mm giờ Việt Nam' }),
    method: z.enum(methods),
    already: z.boolean(),
    message: z.string(),
  })
  .openapi('CheckinResult')

export const TickBody = z.object({ present: z.boolean().default(true) })

export const AttendeeSchema = z
  .object({
    memberId: Id,
    fullName: z.string(),
    exempt: z.boolean(),
    reply: z.string().nullable(),
    checkedInAt: z.string().nullable(),
    time: z.string().nullable(),
    method: z.enum(methods).nullable(),
    methodLabel: z.string().nullable(),
  })
  .openapi('Attendee')

export const CheckinsSchema = z
  .object({ present: z.number().int(), invited: z.number().int(), people: z.array(AttendeeSchema) })
  .openapi('Checkins')

export const TickResultSchema = z
  .object({ attendee: AttendeeSchema, present: z.number().int(), message: z.string() })
  .openapi('TickResult')

export type CheckinCode = z.infer<typeof CheckinCodeSchema>
export type CheckinStanding = z.infer<typeof CheckinStandingSchema>
export type CheckinResult = z.infer<typeof CheckinResultSchema>
export type Attendee = z.infer<typeof AttendeeSchema>
export type Checkins = z.infer<typeof CheckinsSchema>
export type TickResult = z.infer<typeof TickResultSchema>
