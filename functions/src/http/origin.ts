/** CSRF guard for state-changing calls: the browser's Origin must be this site's own origin. */
import { jsonError } from './json.ts'

export interface SameOriginOptions {
  /** Extra origins accepted, e.g. SERVER_URL when a TLS proxy sits in front and the request arrives as http. */
  allowedOrigins?: string[]
}

/** Null when the request may proceed; a 403 answer otherwise. A missing Origin is refused too. */
export function refuseCrossOrigin(request: Request, options: SameOriginOptions = {}): Response | null {
  const origin = request.headers.get('origin')
  const own = new URL(request.url).origin
  const allowed = new Set([own, ...(options.allowedOrigins ?? []).map((o) => new URL(o).origin)])
  if (origin && allowed.has(origin)) return null
  return jsonError(
    403,
    'cross_origin',
    'Yêu cầu bị từ chối vì không được gửi từ chính trang Sổ tay Đảng viên. Hãy mở lại trang và thử lại.',
  )
}
