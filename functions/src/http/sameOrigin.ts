/** CSRF guard for state-changing calls: the browser's Origin must be this site's own origin (one rule with /api). */
import { allowedOrigins, CROSS_ORIGIN_MESSAGE, originOf } from '@sotay/content-schemas/http/siteOrigins'
import type { MiddlewareHandler } from 'hono'
import { jsonError } from './json.ts'

export interface SameOriginOptions {
  /** The deployment's origins (SERVER_URL, SITE_ORIGINS: see configuredOrigins), e.g. behind a TLS proxy. */
  allowedOrigins?: string[]
}

/** Refuses with 403 unless Origin is one of ours; a missing Origin is refused too. */
export function sameOrigin(options: SameOriginOptions = {}): MiddlewareHandler {
  const configured = (options.allowedOrigins ?? []).map(originOf).filter((o): o is string => o !== null)
  return async (c, next) => {
    const origin = c.req.header('origin')
    if (origin && allowedOrigins(new URL(c.req.url).origin, configured).has(origin)) return next()
    return jsonError(403, 'cross_origin', CROSS_ORIGIN_MESSAGE)
  }
}
