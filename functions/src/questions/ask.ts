/** POST /fn/questions {text}: the answer bank answers at once when it is sure; otherwise the question goes to the cell. */
import { createRoute } from '@hono/zod-openapi'
import { AUTO_ANSWER_CONFIDENCE, AUTO_ANSWER_CONTEXT, AUTO_ANSWER_NOTE, idOf } from '@sotay/content-schemas'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'
import { type FaqDoc, presentFaq, presentQuestion, type QuestionDoc } from './present.ts'
import { AskBody, AskResultSchema } from './schemas.ts'

export const askRoute = createRoute({
  method: 'post',
  path: '/questions',
  operationId: 'askQuestion',
  summary: 'Gửi câu hỏi: trả lời ngay từ ngân hàng hỏi đáp nếu khớp, không thì chuyển đến chi bộ',
  tags: ['Hỏi đáp'],
  request: { body: { required: true, content: { 'application/json': { schema: AskBody } } } },
  responses: {
    201: answer('Câu hỏi đã được ghi nhận (kèm câu trả lời tự động nếu có)', AskResultSchema),
    400: refusal('Nội dung câu hỏi không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    403: refusal('Không gửi từ chính trang'),
    409: refusal('Tài khoản chưa thuộc chi bộ nào'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    429: refusal('Gửi quá nhiều câu hỏi'),
    503: refusal('Máy chủ đang khởi động'),
  },
})

export const ask =
  (ctx: QuestionsContext) =>
  async (c: RouteContext<typeof askRoute>): Promise<Response> => {
    const { payload, user: member } = c.var
    const { text } = c.req.valid('json')
    const org = idOf(member.org)
    if (org === undefined) return jsonError(409, 'no_cell', MESSAGES.noCell)

    const bank = await ctx.index(payload)
    const [best] = await bank.match(text, { reader: member, limit: 1 })
    let faq: FaqDoc | undefined
    if (best && best.confidence >= (ctx.threshold ?? AUTO_ANSWER_CONFIDENCE)) {
      // Read as the member: an entry they may not read is never given to them.
      const found = await payload.find({
        collection: 'faq',
        where: { id: { equals: best.id } },
        depth: 0,
        limit: 1,
        user: member,
        overrideAccess: false,
      })
      faq = found.docs[0] as FaqDoc | undefined
    }
    const question = (await payload.create({
      collection: 'questions',
      data: { text, asker: member.id, org, status: faq ? 'auto' : 'pending' },
      context: faq
        ? { [AUTO_ANSWER_CONTEXT]: { faq: faq.id, score: Math.round(best!.confidence * 1000) / 1000 } }
        : {},
      depth: 0,
      user: member,
      overrideAccess: false,
    })) as unknown as QuestionDoc
    return json(
      {
        question: presentQuestion(question, faq),
        automatic: Boolean(faq),
        ...(faq ? { note: AUTO_ANSWER_NOTE, faq: presentFaq(faq) } : { message: MESSAGES.sentToCell }),
      },
      { status: 201 },
    )
  }
