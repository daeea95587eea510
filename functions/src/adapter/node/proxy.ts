/** Streams a request to the CMS (Next) and its answer back, as a reverse proxy on the same origin. */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'

export interface ProxyTarget {
  host: string
  port: number
}

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

export function proxyRequest(target: ProxyTarget, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const headers = withoutHopByHop(req.headers)
    const client = req.socket.remoteAddress ?? ''
    headers['x-forwarded-for'] = req.headers['x-forwarded-for']
      ? `${req.headers['x-forwarded-for']}, ${client}`
      : client
    headers['x-forwarded-host'] = req.headers.host ?? ''
    headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'

    const upstream = http.request(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers, agent },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers))
        answer.pipe(res)
        answer.on('end', resolve)
        answer.on('error', () => {
          res.destroy()
          resolve()
        })
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' })
        res.end('Trang quản trị đang khởi động hoặc tạm thời không phản hồi. Vui lòng thử lại sau ít phút.')
      } else {
        res.destroy()
      }
      resolve()
    })
    // The browser went away: stop the work upstream too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
      resolve()
    })
    req.pipe(upstream)
  })
}

function withoutHopByHop(source: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = new Set(
    String(source.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  )
  const headers: IncomingHttpHeaders = {}
  for (const [name, value] of Object.entries(source)) {
    if (!HOP_BY_HOP.has(name) && !named.has(name)) headers[name] = value
  }
  return headers
}
