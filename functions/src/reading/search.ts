/** GET /reading/search?q=: one box over everything the member may read; accentless works, exact accents first. */
import { createRoute } from '@hono/zod-openapi'
import type { ContentKind } from '@sotay/cms/search'
import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import { answer, json, refusal } from '../http/json.ts'
import type { RouteContext } from '../http/mount.ts'
import type { ReadingContext } from './options.ts'
import { bestPassages } from './passages.ts'
import { paragraphsOf, presentSummary, type StoredItem } from './present.ts'
import { readMany } from './read.ts'
import { type ReadingHit, ReadingSearchSchema, SearchQuery } from './schemas.ts'

const RESULTS = 20
/** The long text each kind is searched in, read back to show the passage that matched. */
const LONG_TEXT: Record<ContentKind, Record<string, true>> = {
  news: { content: true },
  documents: { extractedText: true },
  'study-topics': { content: true },
  faq: { answer: true },
}

export const searchRoute = createRoute({
  method: 'get',
  path: '/reading/search',
  operationId: 'readingSearch',
  summary: 'Tra cứu tin tức, văn bản (cả nội dung PDF), chuyên đề và hỏi đáp mà đảng viên được đọc',
  tags: ['Đọc'],
  request: { query: SearchQuery },
  responses: {
    200: answer('Kết quả, khớp nhất trước', ReadingSearchSchema),
    400: refusal('Nội dung tra cứu không hợp lệ'),
    401: refusal('Chưa đăng nhập'),
    503: refusal('Hệ thống đang khởi động'),
  },
})

export function excerptOf(kind: ContentKind, doc: StoredItem, q: string): string | null {
  const long =
    kind === 'documents'
      ? paragraphsOf(doc.extractedText)
      : kind === 'faq'
        ? paragraphsOf(doc.answer)
        : lexicalToPlainText(doc.content).split('\n')
  const best = bestPassages(q, long)[0]?.text
  return best ?? (typeof doc.summary === 'string' && doc.summary ? doc.summary : null)
}

export const search =
  (ctx: ReadingContext) =>
  async (c: RouteContext<typeof searchRoute>): Promise<Response> => {
    const { payload, user } = c.var
    const { q } = c.req.valid('query')
    const index = await ctx.index(payload)
    const hits = await index.search(q, { reader: user, limit: RESULTS })
    const readable = new Map<ContentKind, Map<string, StoredItem>>()
    // The database has the last word on who may read what: a hit it does not return is dropped.
    for (const kind of new Set(hits.map((h) => h.kind))) {
      const ids = hits.filter((h) => h.kind === kind).map((h) => h.docId)
      readable.set(kind, await readMany(payload, user, kind, ids, LONG_TEXT[kind]))
    }
    const results: ReadingHit[] = hits.flatMap((hit) => {
      const doc = readable.get(hit.kind)?.get(hit.docId)
      return doc ? [{ ...presentSummary(hit.kind, doc, user), excerpt: excerptOf(hit.kind, doc, q) }] : []
    })
    return json({ results })
  }
