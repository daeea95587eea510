/**
 * The Lambda entry (handler: main.handler). Needs DATABASE_URL on PostgreSQL (a function's disk is not shared,
 * so SQLite cannot work), PAYLOAD_SECRET equal to the CMS's, and REDIS_URL so rate limits hold across instances.
 */
import { openPayload } from '@sotay/cms'
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'
import { createApp } from '../../app.ts'
import { signInLimiter } from '../../http/rateLimit.ts'
import { sessionRoutes } from '../../session/index.ts'
import { lambdaHandler } from './index.ts'

/** The CMS's Local API in this process, without its job crons: the CMS server runs the work. */
const cmsPayload = () => openPayload({ background: false })

const rateLimiter = signInLimiter()
const allowedOrigins = configuredOrigins()

// One Payload per warm instance, started at cold start so the first request waits the least.
export const handler = lambdaHandler(
  createApp({ routes: [...sessionRoutes({ payload: cmsPayload(), rateLimiter, allowedOrigins })] }),
)
