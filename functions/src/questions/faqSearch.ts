/** GET /fn/faq?q=: searches the answer bank; the public sees public entries, members also members' ones. */
import { createRoute } from '@hono/zod-openapi'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import type { QuestionsContext } from './options.ts'
import { type FaqDoc, presentFaq } from './present.ts'
import { FaqQuery, FaqResultsSchema } from './schemas.ts'

export const faqSearchRoute = createRoute({
  method: 'get',
  path: '/faq',
  operationId: 'searchFaq',
  summary: 'Tìm trong ngân hàng hỏi đáp (có dấu hoặc không dấu)',
  tags: ['Hỏi đáp'],
  request: { query: FaqQuery },
  responses: {
    200: answer('Kết quả', FaqResultsSchema),
    400: refusal('Nội dung tìm kiếm không hợp lệ'),
    503: refusal('Máy chủ đang khởi động'),
  },
})

export const faqSearch =
  (ctx: QuestionsContext) =>
  async (c: RouteContext<typeof faqSearchRoute>): Promise<Response> => {
    const { payload, viewer } = c.var
    const { q } = c.req.valid('query')
    const bank = await ctx.index(payload)
    const hits = await bank.search(q, { reader: viewer, limit: 10 })
    if (!hits.length) return json({ results: [] })
    // The database has the last word on who may read what (and the text shown).
    const { docs } = await payload.find({
      collection: 'faq',
      where: { id: { in: hits.map((h) => h.id) } },
      depth: 0,
      limit: hits.length,
      user: viewer ?? undefined,
      overrideAccess: false,
    })
    const byId = new Map((docs as unknown as FaqDoc[]).map((d) => [String(d.id), d]))
    const results = hits.flatMap((h) => {
      const doc = byId.get(h.id)
      return doc ? [presentFaq(doc)] : []
    })
    return json({ results })
  }
