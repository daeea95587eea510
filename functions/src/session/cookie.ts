/** The session cookie: Payload's own JWT cookie (payload-token), so /api and /admin recognise the member too. */

/** Plain HTTP to this machine (development, the e2e suite): the only case a cookie may go without Secure. */
export function isLocalHttp(request: Request): boolean {
  const url = new URL(request.url)
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

export function sessionCookie(request: Request, name: string, token: string, maxAgeSeconds: number): string {
  const parts = [`${name}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`]
  if (!isLocalHttp(request)) parts.push('Secure')
  return parts.join('; ')
}

export function clearedCookie(request: Request, name: string): string {
  return sessionCookie(request, name, '', 0).replace(
    'Max-Age=0',
    'Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  )
}
