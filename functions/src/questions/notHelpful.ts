/** POST /fn/questions/{id}/not-helpful: the automatic answer did not help, so a person at the cell answers. */
import { json, jsonError } from '../http/json.ts'
import type { Handler } from '../http/route.ts'
import { guardMemberPost } from './guard.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'
import { presentQuestion, type QuestionDoc } from './present.ts'

const idInPath = (request: Request) =>
  new URL(request.url).pathname.match(/\/questions\/([^/]+)\/not-helpful$/)?.[1]

export function notHelpfulHandler(ctx: QuestionsContext): Handler {
  return async (request) => {
    const guarded = await guardMemberPost(ctx, request)
    if (guarded instanceof Response) return guarded
    const { payload, member } = guarded
    const id = decodeURIComponent(idInPath(request) ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return jsonError(404, 'not_found', MESSAGES.notFound)
    const asMember = { user: member, overrideAccess: false, depth: 0 } as const
    // Only one's own questions are readable, so another member's id is simply "not found".
    const found = await payload.find({
      collection: 'questions',
      where: { id: { equals: id } },
      limit: 1,
      ...asMember,
    })
    const question = found.docs[0] as unknown as QuestionDoc | undefined
    if (!question) return jsonError(404, 'not_found', MESSAGES.notFound)
    if (question.status !== 'auto') return jsonError(409, 'already_with_person', MESSAGES.alreadyWithPerson)
    const updated = (await payload.update({
      collection: 'questions',
      id: question.id,
      data: { status: 'pending' } as never,
      ...asMember,
    })) as unknown as QuestionDoc
    return json({ question: presentQuestion(updated), message: MESSAGES.notHelpfulSent })
  }
}
