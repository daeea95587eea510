/** POST /fn/questions {text}: the answer bank answers at once when it is sure; otherwise the question goes to the cell. */
import {
  AUTO_ANSWER_CONFIDENCE,
  AUTO_ANSWER_CONTEXT,
  AUTO_ANSWER_NOTE,
  idOf,
  QUESTION_MAX,
  QUESTION_MIN,
  type Ref,
} from '@sotay/content-schemas'
import { readJsonObject } from '../http/body.ts'
import { json, jsonError } from '../http/json.ts'
import type { Handler } from '../http/route.ts'
import { guardMemberPost } from './guard.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'
import { type FaqDoc, presentFaq, presentQuestion, type QuestionDoc } from './present.ts'

/** The question's text, or the Vietnamese reason it was refused. */
export function readQuestionText(value: unknown): { text: string } | { error: string } {
  if (typeof value !== 'string' || !value.trim()) return { error: MESSAGES.noText }
  const text = value.trim().replace(/[ \t]+/g, ' ')
  if ([...text].length < QUESTION_MIN) return { error: MESSAGES.tooShort }
  if ([...text].length > QUESTION_MAX) return { error: MESSAGES.tooLong }
  return { text }
}

export function askHandler(ctx: QuestionsContext): Handler {
  return async (request) => {
    const guarded = await guardMemberPost(ctx, request)
    if (guarded instanceof Response) return guarded
    const { payload, member } = guarded
    const body = await readJsonObject(request, { maxBytes: 16 * 1024 })
    if (!body.ok) return body.response
    const read = readQuestionText(body.value.text)
    if ('error' in read) return jsonError(400, 'invalid_input', read.error)
    if (idOf(member.org as Ref) === undefined) return jsonError(409, 'no_cell', MESSAGES.noCell)

    const bank = await ctx.index(payload)
    const [best] = await bank.match(read.text, { reader: member, limit: 1 })
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
      data: {
        text: read.text,
        asker: member.id,
        org: idOf(member.org as Ref),
        status: faq ? 'auto' : 'pending',
      } as never,
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
}
