/** Votes (biểu quyết) as zod schemas: validation, OpenAPI and the wire types. */
import { z } from '@hono/zod-openapi'

const Id = z.union([z.number().int(), z.string()])

export const VoteParam = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  voteId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
})

export const OpenVoteBody = z
  .object({
    question: z.string().trim().min(3).max(500),
    agendaItem: z.string().trim().max(300).optional(),
    secret: z.boolean().default(false),
    choices: z
      .array(z.string().trim().min(1).max(200))
      .min(2)
      .max(10)
      .optional()
      .openapi({ description: 'Mặc định: Tán thành / Không tán thành / Ý kiến khác' }),
  })
  .openapi('OpenVoteBody')

export const BallotBody = z
  .object({ choice: z.string().min(1).max(200).openapi({ description: 'Mã hoặc tên phương án' }) })
  .openapi('BallotBody')

export const VoteSchema = z
  .object({
    id: Id,
    question: z.string(),
    agendaItem: z.string().nullable(),
    secret: z.boolean(),
    status: z.enum(['open', 'closed']),
    choices: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        count: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'Người điều hành: luôn có; đảng viên: khi đã kết thúc' }),
      }),
    ),
    votersCount: z.number().int().nullable(),
    closedAt: z.string().nullable(),
    voted: z.boolean().openapi({ description: 'Tôi đã biểu quyết' }),
    myChoice: z.string().nullable().openapi({ description: 'Phương án tôi chọn (chỉ biểu quyết công khai)' }),
    canVote: z.boolean(),
  })
  .openapi('Vote')

export const VotesSchema = z
  .object({ votes: z.array(VoteSchema), runs: z.boolean(), present: z.boolean() })
  .openapi('Votes')

export const VoteAnswerSchema = z.object({ vote: VoteSchema, message: z.string() }).openapi('VoteAnswer')

export type Vote = z.infer<typeof VoteSchema>
export type Votes = z.infer<typeof VotesSchema>
export type VoteAnswer = z.infer<typeof VoteAnswerSchema>
