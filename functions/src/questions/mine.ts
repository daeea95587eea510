/** GET /fn/questions/mine: the member's own questions, newest first, with their status and answers. */
import { createRoute } from '@hono/zod-openapi'
import { idOf, type Ref } from '@sotay/content-schemas'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { type FaqDoc, presentQuestion, type QuestionDoc } from './present.ts'
import { MyQuestionsSchema } from './schemas.ts'

export const mineRoute = createRoute({
  method: 'get',
  path: '/questions/mine',
  operationId: 'myQuestions',
  summary: 'Các câu hỏi của tôi, trạng thái và câu trả lời',
  tags: ['Hỏi đáp'],
  responses: {
    200: answer('Danh sách câu hỏi', MyQuestionsSchema),
    401: refusal('Chưa đăng nhập'),
    503: refusal('Máy chủ đang khởi động'),
  },
})

export async function mine(c: RouteContext<typeof mineRoute>): Promise<Response> {
  const { payload, user: member } = c.var
  const asMember = { user: member, overrideAccess: false, depth: 0 } as const
  const { docs } = await payload.find({
    collection: 'questions',
    where: { asker: { equals: member.id } },
    sort: '-createdAt',
    limit: 100,
    ...asMember,
  })
  const questions = docs as unknown as QuestionDoc[]
  const faqIds = [
    ...new Set(questions.map((q) => idOf(q.autoAnswer?.faq as Ref)).filter((id) => id !== undefined)),
  ]
  const faqs = faqIds.length
    ? ((
        await payload.find({
          collection: 'faq',
          where: { id: { in: faqIds } },
          limit: faqIds.length,
          ...asMember,
        })
      ).docs as unknown as FaqDoc[])
    : []
  const byId = new Map(faqs.map((f) => [String(f.id), f]))
  return json({
    questions: questions.map((q) => presentQuestion(q, byId.get(String(idOf(q.autoAnswer?.faq as Ref))))),
  })
}
