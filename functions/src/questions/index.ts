/** The questions functions (hỏi đáp): ask, "not helpful", my questions, and the public FAQ search. */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { FnEnv } from '../http/env.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { payloadReady } from '../http/payloadReady.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn, whoIs } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { ask, askRoute } from './ask.ts'
import { faqSearch, faqSearchRoute } from './faqSearch.ts'
import { MESSAGES } from './messages.ts'
import { mine, mineRoute } from './mine.ts'
import { notHelpful, notHelpfulRoute } from './notHelpful.ts'
import { type QuestionsContext, type QuestionsOptions, questionsContext } from './options.ts'

export type { FaqMatcher, QuestionsOptions } from './options.ts'

/** Questions (and "not helpful" presses) counted per account. */
const perAccount =
  (ctx: QuestionsContext): MiddlewareHandler<FnEnv> =>
  async (c, next) => {
    const limited = await checkRateLimits(ctx.rateLimiter, [
      { key: `questions:user:${c.var.user.id}`, rule: ctx.perAccount },
    ])
    return limited ?? next()
  }

export function questionsRoutes(options: QuestionsOptions): OpenAPIHono<FnEnv> {
  const ctx = questionsContext(options)
  const ready = payloadReady(options.payload, MESSAGES.unavailable)
  const member = [ready, signedIn({ code: 'unauthorized', message: MESSAGES.signIn })]
  // For calls that change something: same origin, signed in, within the per-account limit.
  const write = [sameOrigin(options), ...member, perAccount(ctx)]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  mount(app, { ...askRoute, middleware: [...write, jsonBody(16 * 1024)] }, ask(ctx))
  mount(app, { ...notHelpfulRoute, middleware: write }, notHelpful, refuseInvalid('not_found', 404))
  mount(app, { ...mineRoute, middleware: member }, mine)
  mount(app, { ...faqSearchRoute, middleware: [ready, whoIs()] }, faqSearch(ctx))
  return app
}
