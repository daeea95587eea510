/** Lets a request through once the CMS's Payload has loaded (`c.var.payload`); 503 with Retry-After before that. */
import type { MiddlewareHandler } from 'hono'
import type { Payload } from 'payload'
import type { FnEnv } from './env.ts'
import { jsonError } from './json.ts'

export type PayloadSource = Payload | Promise<Payload> | (() => Promise<Payload>)

export const UNAVAILABLE =
  'Hệ thống đang khởi động hoặc tạm thời không truy cập được dữ liệu. Vui lòng thử lại sau ít phút.'

/** A loader for any source: a promise is awaited once, and its failure is not reported before a request. */
export function payloadLoader(source: PayloadSource): () => Promise<Payload> {
  if (typeof source === 'function') return source
  const ready = Promise.resolve(source)
  ready.catch(() => {})
  return () => ready
}

export function payloadReady(source: PayloadSource, message = UNAVAILABLE): MiddlewareHandler<FnEnv> {
  const load = payloadLoader(source)
  return async (c, next) => {
    try {
      c.set('payload', await load())
    } catch (error) {
      console.error(`[fn] Payload (${c.req.path})`, error)
      return jsonError(503, 'unavailable', message, { 'retry-after': '30' })
    }
    await next()
  }
}
