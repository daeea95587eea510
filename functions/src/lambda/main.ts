/**
 * The Lambda entry (handler: main.handler): every function, through Hono's AWS Lambda adapter. Needs DATABASE_URL on
 * PostgreSQL (a function's disk is not shared, so SQLite cannot work), PAYLOAD_SECRET equal to the CMS's, and
 * REDIS_URL so rate limits and sign-outs hold across instances. Deploy the bundle (`build:lambda`), not this file.
 */
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'
import { lambdaHandler, once } from './handler.ts'
import { leanInboxFromEnv } from './leanInbox.ts'

// One Payload per warm instance, opened by the first request that needs it (not GET /fn/inbox), without its job
// crons: the CMS server or the jobs function runs the work.
const payload = once(async () => (await import('@sotay/cms')).openPayload({ background: false }))

export const handler = lambdaHandler({
  lean: leanInboxFromEnv(payload),
  full: async () => {
    const [{ lambdaApp }, { signInLimiter }] = await Promise.all([
      import('./app.ts'),
      import('@sotay/cms/auth'),
    ])
    return lambdaApp({ payload, rateLimiter: signInLimiter(), allowedOrigins: configuredOrigins() })
  },
})
