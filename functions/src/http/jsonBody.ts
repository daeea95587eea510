/** Reads a small JSON object body safely before validation: JSON content type, a byte limit (Hono's bodyLimit), strict UTF-8. */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { every } from 'hono/combine'
import { jsonError } from './json.ts'

const isJson = (contentType: string | undefined) => /^application\/json\s*(;|$)/i.test(contentType ?? '')

/** Refuses what is not a JSON object of at most `maxBytes`; the route's validator then reads the body Hono cached. */
export function jsonBody(maxBytes = 8 * 1024): MiddlewareHandler {
  const tooLarge = () =>
    jsonError(413, 'payload_too_large', `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(maxBytes / 1024)} KB).`)
  const contentType: MiddlewareHandler = async (c, next) => {
    if (isJson(c.req.header('content-type'))) return next()
    return jsonError(
      415,
      'unsupported_media_type',
      'Yêu cầu phải gửi dữ liệu dạng JSON (Content-Type: application/json).',
    )
  }
  const parse: MiddlewareHandler = async (c, next) => {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer())
    } catch {
      return jsonError(400, 'invalid_encoding', 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.')
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return jsonError(400, 'invalid_json', 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return jsonError(400, 'invalid_body', 'Dữ liệu gửi lên phải là một đối tượng JSON.')
    }
    await next()
  }
  return every(contentType, bodyLimit({ maxSize: maxBytes, onError: tooLarge }), parse)
}
