/** POST /fn/questions/{id}/not-helpful: the automatic answer did not help, so a person at the cell answers. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { MESSAGES } from './messages.ts'
import { presentQuestion, type QuestionDoc } from './present.ts'
import { NotHelpfulResultSchema, QuestionParams } from './schemas.ts'

export const notHelpfulRoute = createRoute({
  method: 'post',
  path: '/questions/{id}/not-helpful',
  operationId: 'questionNotHelpful',
  summary: 'Báo câu trả lời tự động chưa giúp được: chuyển câu hỏi đến bí thư chi bộ',
  tags: ['Hỏi đáp'],
  request: { params: QuestionParams },
  responses: {
    200: answer('Đã chuyển đến chi bộ', NotHelpfulResultSchema),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không gửi từ chính trang'),
    404: refusal('Không có câu hỏi này trong câu hỏi của đồng chí'),
    409: refusal('Câu hỏi đã ở chỗ người trả lời'),
    429: refusal('Gửi quá nhiều yêu cầu'),
    503: refusal('Máy chủ đang khởi động'),
  },
})

export async function notHelpful(c: RouteContext<typeof notHelpfulRoute>): Promise<Response> {
  const { payload, user } = c.var
  const asMember = { user, overrideAccess: false, depth: 0 } as const
  // Only one's own questions are readable, so another member's id is simply "not found".
  const found = await payload.find({
    collection: 'questions',
    where: { id: { equals: c.req.valid('param').id } },
    limit: 1,
    ...asMember,
  })
  const question = found.docs[0] as unknown as QuestionDoc | undefined
  if (!question) return jsonError(404, 'not_found', MESSAGES.notFound)
  if (question.status !== 'auto') return jsonError(409, 'already_with_person', MESSAGES.alreadyWithPerson)
  const updated = (await payload.update({
    collection: 'questions',
    id: question.id,
    data: { status: 'pending' },
    ...asMember,
  })) as unknown as QuestionDoc
  return json({ question: presentQuestion(updated), message: MESSAGES.notHelpfulSent })
}
