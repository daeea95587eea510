/**
 * The shell every function is mounted in: /fn, the OpenAPI document, secure headers, the Vietnamese 404/405/500.
 * Apart from the route list (app.ts) so that the Lambda entry can answer its hot path without loading every function.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { healthRoutes } from './health/index.ts'
import { arrival, type ClientIpReader } from './http/arrival.ts'
import type { FnEnv } from './http/env.ts'
import { answer, ErrorSchema, jsonError } from './http/json.ts'
import { allowedMethods, methodNotAllowed } from './http/methodNotAllowed.ts'
import { mount } from './http/mount.ts'
import { refuseInvalid } from './http/validation.ts'

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
