/** The functions app: one Hono app with every function under /fn, run by the Node server, on Lambda or in a test. */
import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { RateLimiter } from '@sotay/cms/auth'
import { freshContentIndex, freshFaqBank } from '@sotay/cms/search'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { calendarRoutes } from './calendar/index.ts'
import { type DevicesOptions, devicesRoutes } from './devices/index.ts'
import { healthRoutes } from './health/index.ts'
import { arrival, type ClientIpReader } from './http/arrival.ts'
import type { FnEnv } from './http/env.ts'
import { answer, ErrorSchema, jsonError } from './http/json.ts'
import { allowedMethods, methodNotAllowed } from './http/methodNotAllowed.ts'
import { mount } from './http/mount.ts'
import type { PayloadSource } from './http/payloadReady.ts'
import { refuseInvalid } from './http/validation.ts'
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

export const FUNCTIONS_BASE = '/fn'

export type FunctionsApp = Hono<FnEnv>

export interface AppOptions {
  /** The functions mounted beside the built-in ones (health, openapi.json). */
  routes?: OpenAPIHono<FnEnv>[]
  version?: string
  /** How the adapter tells the caller's address (Hono's getConnInfo for its platform). */
  clientIp?: ClientIpReader
}

export function createApp(options: AppOptions = {}): FunctionsApp {
  const fn = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  fn.use(arrival(options.clientIp), secureHeaders({ crossOriginResourcePolicy: false }))
  for (const routes of [healthRoutes(), ...(options.routes ?? [])]) fn.route('/', routes)
  fn.openAPIRegistry.register('Error', ErrorSchema)
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Sổ tay Đảng viên — API chức năng',
      version: options.version ?? '0.1.0',
      description:
        'Các chức năng phục vụ đảng viên: thông báo, hỏi đáp, đọc và tra cứu tài liệu, phiên đăng nhập. Lỗi trả về dạng { error: { code, message } }.',
    },
    servers: [{ url: FUNCTIONS_BASE }],
  }
  mount(
    fn,
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      summary: 'Tài liệu OpenAPI của các chức năng',
      tags: ['Hệ thống'],
      responses: { 200: answer('Tài liệu OpenAPI 3.1', z.record(z.string(), z.unknown())) },
    },
    (c) => c.json(fn.getOpenAPI31Document(document), 200, { 'cache-control': 'no-cache' }),
  )

  const app = new Hono<FnEnv>()
  app.route(FUNCTIONS_BASE, fn)
  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.path)
    return allow.length
      ? methodNotAllowed(allow)
      : jsonError(404, 'not_found', 'Không tìm thấy chức năng này.')
  })
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse()
    console.error(`[fn] ${c.req.method} ${c.req.path}`, error)
    return jsonError(500, 'internal', 'Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.')
  })
  return app
}

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
