/**
 * The caller's address for Payload's own endpoints. Next listens on 127.0.0.1 behind the front server, which
 * appends the socket address it saw to X-Forwarded-For (functions/src/adapter/node/proxy.ts): the last entry
 * is the one a client cannot forge. Earlier entries are the client's own claims and are ignored.
 */
export function forwardedClientIp(headers: Headers): string {
  const chain = headers.get('x-forwarded-for')
  const last = chain?.split(',').pop()?.trim()
  return last || 'unknown'
}
