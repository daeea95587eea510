/**
 * The one rule for which browser origins may write with a signed-in cookie, shared by Payload's `/api`
 * (csrf, cors and the route guard) and the functions under `/fn`. A browser always sends `Origin` on
 * POST, PUT, PATCH and DELETE, so a write without one did not come from a page of ours.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Origins named by the deployment: SERVER_URL, and SITE_ORIGINS (comma separated) for extra names. */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const names = [env.SERVER_URL, ...(env.SITE_ORIGINS ?? '').split(',')]
  const origins = new Set<string>()
  for (const name of names) {
    const origin = originOf(name?.trim())
    if (origin) origins.add(origin)
  }
  return [...origins]
}

export function originOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const { origin } = new URL(url)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export const isLoopbackOrigin = (origin: string): boolean => {
  try {
    return LOOPBACK_HOSTS.has(new URL(origin).hostname)
  } catch {
    return false
  }
}

/**
 * The origins a request may come from: the configured ones, plus the address the request was sent to
 * when no origin is configured (a fresh `pnpm start`) or when that address is the machine itself, so a
 * developer's 127.0.0.1 and a deployment's public name both work without more settings. A browser cannot
 * make the address it sends to differ from the page it targets, so this never admits another site.
 */
export function allowedOrigins(ownOrigin: string | null, configured: readonly string[]): Set<string> {
  const allowed = new Set(configured)
  if (ownOrigin && (configured.length === 0 || isLoopbackOrigin(ownOrigin))) allowed.add(ownOrigin)
  return allowed
}

export type OriginVerdict = 'same-origin' | 'cross-origin' | 'no-origin'

/**
 * Where a request came from, judged from `Origin` and, when a browser left it out, `Sec-Fetch-Site`.
 * `no-origin` is a client that is not a browser page (curl, a server) or a browser navigation.
 */
export function judgeOrigin(
  headers: Headers,
  ownOrigin: string | null,
  configured: readonly string[],
): OriginVerdict {
  const origin = headers.get('origin')
  if (origin) return allowedOrigins(ownOrigin, configured).has(origin) ? 'same-origin' : 'cross-origin'
  const site = headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return 'cross-origin'
  return 'no-origin'
}

export const CROSS_ORIGIN_MESSAGE =
  'Yêu cầu bị từ chối vì không được gửi từ chính trang Sổ tay Đảng viên. Hãy mở lại trang và thử lại.'

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
