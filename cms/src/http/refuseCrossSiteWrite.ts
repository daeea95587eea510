/** A write to /api carrying the sign-in cookie is accepted only from the site's own origin (the rule /fn uses). */
import {
  CROSS_ORIGIN_MESSAGE,
  configuredOrigins,
  judgeOrigin,
  UNSAFE_METHODS,
} from '@sotay/content-schemas/http/siteOrigins'
import { apiError } from './apiError.ts'

const hasSignInCookie = (headers: Headers): boolean =>
  /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/** The address the browser sent the request to, as the front server passed it on (Host is kept). */
function ownOrigin(request: Request): string | null {
  try {
    const url = new URL(request.url)
    const host = request.headers.get('x-forwarded-host') || request.headers.get('host') || url.host
    const proto = request.headers.get('x-forwarded-proto') || url.protocol.replace(':', '')
    return new URL(`${proto}://${host}`).origin
  } catch {
    return null
  }
}

export function refuseCrossSiteWrite(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): Response | null {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return null
  const verdict = judgeOrigin(request.headers, ownOrigin(request), configuredOrigins(env))
  // A page elsewhere is refused whether or not it carries the cookie: nothing on another origin
  // has a reason to write here. A client without Origin (a script with a token) is not a browser
  // page, unless it sends the browser's cookie, which only a browser or a stolen cookie does.
  if (verdict === 'cross-origin' || (verdict === 'no-origin' && hasSignInCookie(request.headers)))
    return apiError(403, CROSS_ORIGIN_MESSAGE)
  return null
}
