/** GET /fn/questions/mine: the member's own questions, newest first, with their status and answers. */
import { idOf, type Ref } from '@sotay/content-schemas'
import { json, jsonError } from '../http/json.ts'
import type { Handler } from '../http/route.ts'
import { loadSigned } from './guard.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'
import { type FaqDoc, presentQuestion, type QuestionDoc } from './present.ts'

export function mineHandler(ctx: QuestionsContext): Handler {
  return async (request) => {
    const signed = await loadSigned(ctx, request)
    if (signed instanceof Response) return signed
    const { payload, member } = signed
    if (!member) return jsonError(401, 'unauthorized', MESSAGES.signIn)
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
}
