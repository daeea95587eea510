/**
 * An upload's `_payload` field carries the document's JSON: Payload parses it without a guard (invalid JSON
 * or `null` there is a 500), so it gets the same checks as a JSON body. The form is read once here, within
 * the front server's size limit, and passed on re-encoded.
 */
import { checkJsonBody } from './jsonBody.ts'

export type MultipartCheck = { ok: true; form: FormData } | { ok: false; status: number; message: string }

export async function checkMultipartBody(request: Request): Promise<MultipartCheck> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return {
      ok: false,
      status: 400,
      message: 'Dữ liệu tải lên (multipart/form-data) bị hỏng hoặc không đầy đủ.',
    }
  }
  const data = form.get('_payload')
  if (data === null) return { ok: true, form }
  if (typeof data !== 'string')
    return { ok: false, status: 400, message: 'Trường "_payload" của dữ liệu tải lên phải là văn bản JSON.' }
  const checked = checkJsonBody(data)
  return checked.ok ? { ok: true, form } : { ok: false, status: 400, message: checked.message }
}
