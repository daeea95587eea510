/** GET /fn/faq?q=: searches the answer bank; the public sees public entries, members also members' ones. */
import { json, jsonError } from '../http/json.ts'
import type { Handler } from '../http/route.ts'
import { loadSigned } from './guard.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'
import { type FaqDoc, presentFaq } from './present.ts'

export function faqSearchHandler(ctx: QuestionsContext): Handler {
  return async (request) => {
    const q = (new URL(request.url).searchParams.get('q') ?? '').trim()
    if ([...q].length < 2) return jsonError(400, 'invalid_input', MESSAGES.shortQuery)
    if ([...q].length > 200) return jsonError(400, 'invalid_input', MESSAGES.longQuery)
    const signed = await loadSigned(ctx, request)
    if (signed instanceof Response) return signed
    const { payload, member } = signed
    const bank = await ctx.index(payload)
    const hits = await bank.search(q, { reader: member, limit: 10 })
    if (!hits.length) return json({ results: [] })
    // The database has the last word on who may read what (and the text shown).
    const { docs } = await payload.find({
      collection: 'faq',
      where: { id: { in: hits.map((h) => h.id) } },
      depth: 0,
      limit: hits.length,
      user: member ?? undefined,
      overrideAccess: false,
    })
    const byId = new Map((docs as unknown as FaqDoc[]).map((d) => [String(d.id), d]))
    const results = hits.flatMap((h) => {
      const doc = byId.get(h.id)
      return doc ? [presentFaq(doc)] : []
    })
    return json({ results })
  }
}
