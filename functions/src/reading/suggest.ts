/** GET /reading/suggest?q=: for the ask form, before the question is sent: FAQ answers and document passages, with their source. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import { itemLink } from './kinds.ts'
import type { ReadingContext } from './options.ts'
import { bestPassages } from './passages.ts'
import { paragraphsOf } from './present.ts'
import { readMany } from './read.ts'
import { SearchQuery, SuggestionSchema, type Suggestions } from './schemas.ts'

const FAQS = 3
const DOCUMENTS = 3
/** Below this the bank's best entry is more likely noise than an answer. */
const FAQ_CONFIDENCE = 0.25

export const suggestRoute = createRoute({
  method: 'get',
  path: '/reading/suggest',
  operationId: 'readingSuggest',
  summary: 'Gợi ý câu trả lời có sẵn và đoạn văn bản liên quan trước khi gửi câu hỏi',
  tags: ['Đọc', 'Hỏi đáp'],
  request: { query: SearchQuery },
  responses: {
    200: answer('Gợi ý', SuggestionSchema),
    400: refusal('Nội dung không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

const str = (value: unknown) => (typeof value === 'string' ? value : '')

export const suggest =
  (ctx: ReadingContext) =>
  async (c: RouteContext<typeof suggestRoute>): Promise<Response> => {
    const { payload, user } = c.var
    const { q } = c.req.valid('query')
    const [bank, index] = await Promise.all([ctx.faq(payload), ctx.index(payload)])
    const [matches, hits] = await Promise.all([
      bank.match(q, { reader: user, limit: FAQS }),
      index.search(q, { reader: user, kinds: ['documents'], limit: DOCUMENTS * 2 }),
    ])
    const faqIds = matches.filter((m) => m.confidence >= FAQ_CONFIDENCE).map((m) => m.id)
    const [faqs, documents] = await Promise.all([
      readMany(payload, user, 'faq', faqIds),
      readMany(
        payload,
        user,
        'documents',
        hits.map((h) => h.docId),
        { extractedText: true },
      ),
    ])
    const answer: Suggestions = {
      faq: faqIds.flatMap((id) => {
        const doc = faqs.get(id)
        return doc
          ? [{ id: doc.id, question: str(doc.question), answer: str(doc.answer), link: itemLink('faq', id) }]
          : []
      }),
      passages: hits
        .flatMap((hit) => {
          const doc = documents.get(hit.docId)
          if (!doc) return []
          const [best] = bestPassages(q, [...paragraphsOf(doc.summary), ...paragraphsOf(doc.extractedText)])
          if (!best) return []
          return [
            {
              id: doc.id,
              title: str(doc.title),
              numberSymbol: str(doc.numberSymbol) || null,
              text: best.text,
              link: itemLink('documents', str(doc.slug) || String(doc.id)),
            },
          ]
        })
        .slice(0, DOCUMENTS),
    }
    return json(answer)
  }
