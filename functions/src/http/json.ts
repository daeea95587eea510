/** JSON responses and the one error shape every function returns: `{ error: { code, message } }`, message in Vietnamese. */
import { z } from '@hono/zod-openapi'

/** The headers of a JSON answer that names none of its own (the hot paths'): no Headers to build and merge. */
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

export function json(body: unknown, init: ResponseInit = {}): Response {
  if (init.headers === undefined)
    return new Response(JSON.stringify(body), { ...init, headers: JSON_HEADERS })
  const headers = new Headers(init.headers)
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8')
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { ...init, headers })
}

export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return json({ error: { code, message } }, { status, headers })
}

/** The schema of that error body, registered once as `#/components/schemas/Error`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().openapi({ description: 'Thông báo lỗi bằng tiếng Việt' }),
    }),
  })
  .openapi('Error')

/** A documented refusal: the error body under `description`. */
export const refusal = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
})

/** A documented JSON answer. */
export const answer = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
})
