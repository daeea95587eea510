/** The questions functions (hỏi đáp): ask, "not helpful", my questions, and the public FAQ search. */
import { errorSchema } from '../http/json.ts'
import type { Route } from '../http/route.ts'
import { askHandler } from './ask.ts'
import { faqSearchHandler } from './faqSearch.ts'
import { mineHandler } from './mine.ts'
import { notHelpfulHandler } from './notHelpful.ts'
import { type QuestionsOptions, questionsContext } from './options.ts'

export type { FaqMatcher, QuestionsOptions } from './options.ts'

const jsonBody = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
})
const refusal = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
})
const tags = ['Hỏi đáp']

export function questionsRoutes(options: QuestionsOptions): Route[] {
  const ctx = questionsContext(options)
  return [
    {
      method: 'POST',
      path: '/questions',
      handler: askHandler(ctx),
      operation: {
        operationId: 'askQuestion',
        summary: 'Gửi câu hỏi: trả lời ngay từ ngân hàng hỏi đáp nếu khớp, không thì chuyển đến chi bộ',
        tags,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: { text: { type: 'string', minLength: 10, maxLength: 2000 } },
              },
            },
          },
        },
        responses: {
          '201': jsonBody('Câu hỏi đã được ghi nhận (kèm câu trả lời tự động nếu có)'),
          '400': refusal('Nội dung câu hỏi không hợp lệ'),
          '401': refusal('Chưa đăng nhập'),
          '429': refusal('Gửi quá nhiều câu hỏi'),
        },
      },
    },
    {
      method: 'POST',
      path: '/questions/{id}/not-helpful',
      handler: notHelpfulHandler(ctx),
      operation: {
        operationId: 'questionNotHelpful',
        summary: 'Báo câu trả lời tự động chưa giúp được: chuyển câu hỏi đến bí thư chi bộ',
        tags,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': jsonBody('Đã chuyển đến chi bộ'),
          '401': refusal('Chưa đăng nhập'),
          '404': refusal('Không có câu hỏi này trong câu hỏi của đồng chí'),
          '409': refusal('Câu hỏi đã ở chỗ người trả lời'),
        },
      },
    },
    {
      method: 'GET',
      path: '/questions/mine',
      handler: mineHandler(ctx),
      operation: {
        operationId: 'myQuestions',
        summary: 'Các câu hỏi của tôi, trạng thái và câu trả lời',
        tags,
        responses: { '200': jsonBody('Danh sách câu hỏi'), '401': refusal('Chưa đăng nhập') },
      },
    },
    {
      method: 'GET',
      path: '/faq',
      handler: faqSearchHandler(ctx),
      operation: {
        operationId: 'searchFaq',
        summary: 'Tìm trong ngân hàng hỏi đáp (có dấu hoặc không dấu)',
        tags,
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 2 } }],
        responses: { '200': jsonBody('Kết quả'), '400': refusal('Nội dung tìm kiếm không hợp lệ') },
      },
    },
  ]
}
