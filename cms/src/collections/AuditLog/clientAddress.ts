/**
 * The client's address for the log. The CMS listens on loopback only (`next start -H 127.0.0.1`), so every
 * request reaching it came through the front server (functions/src/adapter/node/proxy.ts), which appends the
 * address it saw to `X-Forwarded-For`. Only that last hop is trusted: anything before it is what the client
 * (or a proxy we do not run) claimed, and is kept apart as `forwardedFor` for reading, never as `ip`.
 */

interface HasHeaders {
  headers?: Headers | null
}

function hops(req: HasHeaders): string[] {
  const header = req.headers?.get?.('x-forwarded-for') ?? ''
  return header
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
}

/** The address the front server saw, or null for server work (jobs, the Local API without a request). */
export function clientAddress(req: HasHeaders | null | undefined): string | null {
  if (!req) return null
  const all = hops(req)
  return all.length ? all[all.length - 1] : null
}

/** What came before the trusted hop: claimed by the client or an outer proxy, useful, not evidence. */
export function claimedAddresses(req: HasHeaders | null | undefined): string | null {
  if (!req) return null
  const all = hops(req)
  return all.length > 1 ? all.slice(0, -1).join(', ') : null
}
