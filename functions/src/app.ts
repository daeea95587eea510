/** The functions app: one Hono app with every function under /fn, run by the Node server, on Lambda or in a test. */

import type { OpenAPIHono } from '@hono/zod-openapi'
import type { RateLimiter } from '@sotay/cms/auth'
import { freshContentIndex, freshFaqBank } from '@sotay/cms/search'
import { createApp, type FunctionsApp } from './appShell.ts'
import { calendarRoutes } from './calendar/index.ts'
import { type DevicesOptions, devicesRoutes } from './devices/index.ts'
import type { ClientIpReader } from './http/arrival.ts'
import type { FnEnv } from './http/env.ts'
import type { PayloadSource } from './http/payloadReady.ts'
import { inboxRoutes } from './inbox/index.ts'
import { checkinRoutes } from './meetings/checkin/index.ts'
import { meetingsRoutes } from './meetings/index.ts'
import { minutesRoutes } from './meetings/minutes/index.ts'
import { meetingRoomRoutes } from './meetings/room/index.ts'
import type { JanusOptions } from './meetings/room/janus.ts'
import { votesRoutes } from './meetings/votes/index.ts'
import { profileRoutes } from './profile/index.ts'
import { questionsRoutes } from './questions/index.ts'
import { readingRoutes } from './reading/index.ts'
import { reportsRoutes } from './reports/index.ts'
import { sessionRoutes } from './session/index.ts'
import { studyRoutes } from './study/index.ts'
import { surveysRoutes } from './surveys/index.ts'
import { tasksRoutes } from './tasks/index.ts'

export { type AppOptions, createApp, FUNCTIONS_BASE, type FunctionsApp } from './appShell.ts'

export interface FunctionsOptions {
  /** The CMS's Payload (Local API) in this process; a loader or promise lets the server answer before it is up. */
  payload: PayloadSource
  /** The sign-in policy's shared limiter (memory, or Redis when REDIS_URL is set). */
  rateLimiter?: RateLimiter
  /** The deployment's origins (SERVER_URL, SITE_ORIGINS). */
  allowedOrigins?: string[]
  /** Where the VAPID keys are kept (DATA_DIR). */
  dataDir?: DevicesOptions['dataDir']
  /** The online meeting rooms' Janus (JANUS_* on the Node server); without it rooms answer that they are off. */
  janus?: JanusOptions | null
  /** Functions only one platform has (the Node server's site builder). */
  extra?: OpenAPIHono<FnEnv>[]
  clientIp?: ClientIpReader
}

/** The one route list: every function, for the Node server and the Lambda entry alike. */
export function functionsApp(options: FunctionsOptions): FunctionsApp {
  const { payload, rateLimiter, allowedOrigins } = options
  return createApp({
    clientIp: options.clientIp,
    routes: [
      sessionRoutes({ payload, rateLimiter, allowedOrigins }),
      inboxRoutes({ payload, allowedOrigins }),
      questionsRoutes({ payload, index: freshFaqBank, allowedOrigins }),
      devicesRoutes({ payload, allowedOrigins, dataDir: options.dataDir }),
      profileRoutes({ payload, allowedOrigins }),
      meetingsRoutes({ payload, allowedOrigins }),
      readingRoutes({ payload, index: (p) => freshContentIndex(p), faq: freshFaqBank }),
      meetingRoomRoutes({ payload, janus: options.janus, allowedOrigins }),
      minutesRoutes({ payload, allowedOrigins }),
      studyRoutes({ payload, allowedOrigins }),
      checkinRoutes({ payload, allowedOrigins, rateLimiter }),
      votesRoutes({ payload, allowedOrigins }),
      tasksRoutes({ payload, allowedOrigins }),
      calendarRoutes({ payload, allowedOrigins }),
      reportsRoutes({ payload, allowedOrigins }),
      surveysRoutes({ payload, allowedOrigins }),
      ...(options.extra ?? []),
    ],
  })
}
