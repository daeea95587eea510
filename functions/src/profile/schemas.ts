/** "Của tôi": the member's own record and their correction requests, as zod schemas (validation, OpenAPI, wire types). */
import { z } from '@hono/zod-openapi'
import {
  CORRECTION_MESSAGES,
  CORRECTION_NOTE_MAX,
  CORRECTION_STATUSES,
  PROFILE_FIELDS,
  PROPOSED_MAX,
  proposedValueProblem,
} from '@sotay/content-schemas'

const Id = z.union([z.number().int(), z.string()])
const text = z.string().nullable()

export const ProfileSchema = z
  .object({
    fullName: text,
    cardNumber: text,
    cell: text,
    admittedAt: text.openapi({ description: 'Ngày vào Đảng, dd/mm/yyyy' }),
    officialAt: text.openapi({ description: 'Ngày chính thức, dd/mm/yyyy' }),
    phone: text,
    email: text,
  })
  .openapi('Profile')

export const CorrectionSchema = z
  .object({
    id: Id,
    field: z.enum(PROFILE_FIELDS),
    fieldLabel: z.string(),
    currentValue: text.openapi({ description: 'Thông tin đang ghi lúc gửi đề nghị' }),
    proposedValue: z.string(),
    note: text,
    status: z.enum(CORRECTION_STATUSES),
    statusLabel: z.string().openapi({ description: 'Mới, Đã sửa hoặc Không sửa' }),
    createdAt: z.string(),
  })
  .openapi('ProfileCorrection')

export const ProfileAnswerSchema = z.object({
  profile: ProfileSchema,
  fields: z.array(z.object({ value: z.enum(PROFILE_FIELDS), label: z.string() })),
  corrections: z.array(CorrectionSchema),
})

export const CorrectionAnswerSchema = z.object({ correction: CorrectionSchema, message: z.string() })

const length = (value: string) => [...value].length

/** Which field, the value proposed (checked for that field), an optional note; every refusal in Vietnamese. */
export const CorrectionBody = z
  .object({
    field: z.enum(PROFILE_FIELDS, { error: CORRECTION_MESSAGES.badField }),
    proposedValue: z
      .string({ error: CORRECTION_MESSAGES.emptyValue })
      .transform((value) => value.trim())
      .openapi({ type: 'string', maxLength: PROPOSED_MAX }),
    note: z
      .string({ error: CORRECTION_MESSAGES.longNote })
      .transform((value) => value.trim())
      .refine((note) => length(note) <= CORRECTION_NOTE_MAX, CORRECTION_MESSAGES.longNote)
      .optional()
      .openapi({ type: 'string', maxLength: CORRECTION_NOTE_MAX }),
  })
  .superRefine((body, ctx) => {
    const problem = proposedValueProblem(body.field, body.proposedValue)
    if (problem) ctx.addIssue({ code: 'custom', path: ['proposedValue'], message: problem })
  })

export type Profile = z.infer<typeof ProfileSchema>
export type ProfileCorrection = z.infer<typeof CorrectionSchema>
export type ProfileAnswer = z.infer<typeof ProfileAnswerSchema>
export type CorrectionAnswer = z.infer<typeof CorrectionAnswerSchema>
