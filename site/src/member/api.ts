/** Calls to the functions under /fn/ from the member app: JSON both ways, the cookie sent, Vietnamese errors. */

export type FnResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string }

export const SAVED_COPY_EVENT = 'sotay:saved-copy'

const OFFLINE = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.'
const UNKNOWN = 'Đã có lỗi xảy ra. Vui lòng thử lại sau.'

/** GET when there is no body, POST with a JSON body otherwise (the functions refuse other content types). */
export async function fn<T>(
  path: string,
  body?: unknown,
  init: { method?: string } = {},
): Promise<FnResult<T>> {
  const method = init.method ?? (body === undefined ? 'GET' : 'POST')
  let response: Response
  try {
    response = await fetch(`/fn${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    })
  } catch {
    return { ok: false, status: 0, message: OFFLINE }
  }
  // The service worker answered with the member's saved copy: the app says so (OfflineBanner).
  if (response.headers.get('x-sotay-offline')) window.dispatchEvent(new Event(SAVED_COPY_EVENT))
  const json = await response.json().catch(() => null)
  if (response.ok) return { ok: true, status: response.status, data: json as T }
  const message = json?.error?.message
  return { ok: false, status: response.status, message: typeof message === 'string' ? message : UNKNOWN }
}
