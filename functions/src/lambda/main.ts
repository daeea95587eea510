/**
 * The Lambda entry (handler: main.handler): every function, through Hono's AWS Lambda adapter. Needs DATABASE_URL on
 * PostgreSQL (a function's disk is not shared, so SQLite cannot work), PAYLOAD_SECRET equal to the CMS's, and
 * REDIS_URL so rate limits hold across instances.
 */
import { openPayload } from '@sotay/cms'
import { signInLimiter } from '@sotay/cms/auth'
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'
import { handle } from 'hono/aws-lambda'
import { lambdaApp } from './app.ts'

// One Payload per warm instance, opened at cold start so the first request waits the least; without its job
// crons: the CMS server runs the work.
const payload = openPayload({ background: false })

export const handler = handle(
  lambdaApp({ payload, rateLimiter: signInLimiter(), allowedOrigins: configuredOrigins() }),
)
