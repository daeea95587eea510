/**
 * An upload's `_payload` field carries the document's JSON: Payload parses it without a guard (invalid JSON
 * or `null` there is a 500), so it gets the same checks as a JSON body. The bytes are read once, within the
 * front server's size limit, and passed on unchanged: a re-encoded FormData body breaks when Payload stops
 * reading it at its size limit (undici then writes into a closed stream, an unhandled rejection).
 */
import { checkJsonBody } from './jsonBody.ts'

export type MultipartCheck =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; status: number; message: string }

export async function checkMultipartBody(request: Request): Promise<MultipartCheck> {
  const bytes = new Uint8Array(await request.arrayBuffer())
  let form: FormData
  try {
    const headers = { 'content-type': request.headers.get('content-type') ?? '' }
    form = await new Response(bytes, { headers }).formData()
  } catch {
    return {
      ok: false,
      status: 400,
      message: 'Dữ liệu tải lên (multipart/form-data) bị hỏng hoặc không đầy đủ.',
    }
  }
  const data = form.get('_payload')
  if (data === null) return { ok: true, bytes }
  if (typeof data !== 'string')
    return { ok: false, status: 400, message: 'Trường "_payload" của dữ liệu tải lên phải là văn bản JSON.' }
  const checked = checkJsonBody(data)
  return checked.ok ? { ok: true, bytes } : { ok: false, status: 400, message: checked.message }
}
