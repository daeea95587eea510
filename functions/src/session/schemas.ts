/** What the session functions answer, as zod schemas: they document /fn/openapi.json and give the member app its types. */
import { z } from '@hono/zod-openapi'
import { answer, refusal } from '../http/json.ts'

const Id = z.union([z.number().int(), z.string()])

export const MemberSchema = z
  .object({
    id: Id,
    fullName: z.string().openapi({ description: 'Họ và tên' }),
    cardNumber: z.string().openapi({ description: 'Số thẻ đảng viên (hoặc tên đăng nhập của cán bộ)' }),
    org: z.object({ id: Id, name: z.string() }).nullable().openapi({ description: 'Chi bộ sinh hoạt' }),
    canResetMembers: z.boolean().openapi({ description: 'Được cấp lại mã kích hoạt (bí thư, cấp ủy)' }),
  })
  .openapi('Member')

export const MemberAnswerSchema = z.object({ member: MemberSchema })

export const ResetAnswerSchema = z.object({
  member: z.object({ id: Id, cardNumber: z.string(), fullName: z.string() }),
  activationCode: z.string().openapi({ description: 'Mã kích hoạt mới, chỉ hiện một lần' }),
})

const sessionCookie = {
  'Set-Cookie': {
    description: 'payload-token: JWT của Payload; HttpOnly; SameSite=Lax; Path=/; Secure (trừ http cục bộ)',
    schema: { type: 'string' as const },
  },
}

/** A signed-in answer: the member, with the session cookie set. */
export const signedInAnswer = (description: string) => ({
  ...answer(description, MemberAnswerSchema),
  headers: sessionCookie,
})

/** The refusals every state-changing session call may answer. */
export const guardedRefusals = {
  400: refusal('Dữ liệu không hợp lệ (thiếu trường, sai kiểu, JSON hỏng)'),
  403: refusal('Yêu cầu không đến từ chính trang (Origin khác)'),
  413: refusal('Dữ liệu gửi lên quá lớn'),
  415: refusal('Không phải application/json'),
  429: {
    ...refusal('Thử quá nhiều lần; xem Retry-After'),
    headers: { 'Retry-After': { description: 'Số giây cần đợi', schema: { type: 'integer' as const } } },
  },
  503: refusal('Hệ thống đang khởi động'),
}

export type Member = z.infer<typeof MemberSchema>
export type MemberAnswer = z.infer<typeof MemberAnswerSchema>
export type ResetAnswer = z.infer<typeof ResetAnswerSchema>
