/** The caller's IP address, which a Fetch API Request does not carry: each adapter records it here. */

const addresses = new WeakMap<Request, string>()

export function rememberClientIp(request: Request, ip: string | undefined): Request {
  if (ip) addresses.set(request, ip)
  return request
}

/** The address the adapter saw (the proxy's, behind one: configure the adapter, not this). */
export function clientIp(request: Request): string {
  return addresses.get(request) ?? 'unknown'
}
