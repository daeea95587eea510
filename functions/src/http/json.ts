/** JSON responses and the one error shape every function returns: `{ error: { code, message } }`, message in Vietnamese. */

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8')
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { ...init, headers })
}

export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return json({ error: { code, message } }, { status, headers })
}

/** The schema of that error body, for the OpenAPI document. */
export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'Thông báo lỗi bằng tiếng Việt' },
      },
    },
  },
} as const
