/** CSRF guard for state-changing calls: the browser's Origin must be this site's own origin (one rule with /api). */
import { allowedOrigins, CROSS_ORIGIN_MESSAGE, originOf } from '@sotay/content-schemas/http/siteOrigins'
import { jsonError } from './json.ts'

export interface SameOriginOptions {
  /** The deployment's origins (SERVER_URL, SITE_ORIGINS: see configuredOrigins), e.g. behind a TLS proxy. */
  allowedOrigins?: string[]
}

/** Null when the request may proceed; a 403 answer otherwise. A missing Origin is refused too. */
export function refuseCrossOrigin(request: Request, options: SameOriginOptions = {}): Response | null {
  const origin = request.headers.get('origin')
  const configured = (options.allowedOrigins ?? []).map(originOf).filter((o): o is string => o !== null)
  if (origin && allowedOrigins(new URL(request.url).origin, configured).has(origin)) return null
  return jsonError(403, 'cross_origin', CROSS_ORIGIN_MESSAGE)
}
