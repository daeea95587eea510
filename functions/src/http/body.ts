/** Reads a small JSON object body safely: JSON content type, a byte limit enforced while streaming, strict UTF-8. */
import { jsonError } from './json.ts'

export interface ReadJsonOptions {
  /** Largest body accepted, in bytes. */
  maxBytes?: number
}

export type JsonObject = Record<string, unknown>
export type BodyResult = { ok: true; value: JsonObject } | { ok: false; response: Response }

const DEFAULT_MAX_BYTES = 8 * 1024

export const isJsonRequest = (request: Request): boolean =>
  /^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')

const refuse = (status: number, code: string, message: string): BodyResult => ({
  ok: false,
  response: jsonError(status, code, message),
})

export async function readJsonObject(request: Request, options: ReadJsonOptions = {}): Promise<BodyResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!isJsonRequest(request)) {
    return refuse(
      415,
      'unsupported_media_type',
      'Yêu cầu phải gửi dữ liệu dạng JSON (Content-Type: application/json).',
    )
  }
  const tooLarge = () =>
    refuse(413, 'payload_too_large', `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(maxBytes / 1024)} KB).`)
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) return tooLarge()

  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        return tooLarge()
      }
      chunks.push(value)
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    return refuse(400, 'invalid_encoding', 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(400, 'invalid_json', 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(400, 'invalid_body', 'Dữ liệu gửi lên phải là một đối tượng JSON.')
  }
  return { ok: true, value: value as JsonObject }
}
