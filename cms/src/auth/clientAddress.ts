/**
 * The caller's address for what Payload answers (sign-in limits, the audit log). Next listens on 127.0.0.1
 * behind the front server, which appends the socket address it saw to X-Forwarded-For
 * (server/src/proxy.ts): the last entry is the one a client cannot forge. Earlier entries are
 * the client's own claims (or an outer proxy's): worth keeping for reading, never evidence.
 */

interface HasHeaders {
  headers?: Headers | null
}

function hops(headers: Headers | null | undefined): string[] {
  return (headers?.get?.('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
}

/** The address the front server saw, or null for server work (jobs, the Local API without a request). */
export function clientAddress(req: HasHeaders | null | undefined): string | null {
  return hops(req?.headers).at(-1) ?? null
}

/** The same for the sign-in limits, which count an unknown caller under one key. */
export const forwardedClientIp = (headers: Headers): string => clientAddress({ headers }) ?? 'unknown'

/** What came before the trusted hop. */
export function claimedAddresses(req: HasHeaders | null | undefined): string | null {
  const all = hops(req?.headers)
  return all.length > 1 ? all.slice(0, -1).join(', ') : null
}
