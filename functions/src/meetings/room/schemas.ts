/** The online room's wire shapes, as zod schemas (validation, OpenAPI, wire types). */
import { z } from '@hono/zod-openapi'

export const MeetingIdParam = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .openapi({ param: { name: 'id', in: 'path' } }),
})
export const ParticipantParam = MeetingIdParam.extend({
  memberId: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .openapi({ param: { name: 'memberId', in: 'path' } }),
})

export const RoomTicketSchema = z
  .object({
    janusPath: z.string().openapi({ description: 'Đường dẫn API HTTP của Janus trên cùng địa chỉ, /janus' }),
    token: z.string().openapi({ description: 'Mã vào phòng đã ký, hết hạn sau khoảng 2 giờ' }),
    expiresAt: z.string(),
    room: z.number().int(),
    pin: z.string(),
    display: z.string().openapi({ description: 'Tên hiện trong phòng' }),
    feedId: z.number().int(),
    roomToken: z.string().openapi({ description: 'Tên trên danh sách vào phòng của Janus (gửi khi join)' }),
    audioBitrate: z.number().int(),
    videoBitrate: z.number().int(),
  })
  .openapi('RoomTicket')

export const RoomJoinedSchema = z
  .object({
    checkedInAt: z.string(),
    checkinMethod: z.string(),
    message: z.string(),
  })
  .openapi('RoomJoined')

export const RoomParticipantSchema = z
  .object({
    feedId: z.number().int(),
    memberId: z.union([z.string(), z.number()]).nullable(),
    name: z.string(),
    publishing: z.boolean(),
    talking: z.boolean(),
    checkedIn: z.boolean(),
    /** The caller themselves (the runner does not mute or remove themselves). */
    you: z.boolean(),
  })
  .openapi('RoomParticipant')

export const RoomParticipantsSchema = z
  .object({
    participants: z.array(RoomParticipantSchema),
    /** Those the runner removed: kept out until let back in. */
    removed: z.array(z.object({ memberId: z.union([z.string(), z.number()]), name: z.string() })),
  })
  .openapi('RoomParticipants')

export const RoomModerationSchema = z.object({ message: z.string() }).openapi('RoomModeration')

export type RoomTicket = z.infer<typeof RoomTicketSchema>
export type RoomJoined = z.infer<typeof RoomJoinedSchema>
export type RoomParticipant = z.infer<typeof RoomParticipantSchema>
export type RoomParticipants = z.infer<typeof RoomParticipantsSchema>
export type RoomModeration = z.infer<typeof RoomModerationSchema>
