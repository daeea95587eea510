/** Streams a request to the CMS (Next) and its answer back, as a reverse proxy on the same origin. */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'

export interface ProxyTarget {
  host: string
  port: number
}

export interface ProxyOptions {
  /** Largest request body passed on; a bigger one is answered 413 here and never reaches Next. */
  maxBodyBytes?: number
  /** The Vietnamese message of that 413. */
  tooLargeMessage?: string
  /** The Vietnamese message of a 502 when the target does not answer (the CMS's by default). */
  unavailableMessage?: string
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

/**
 * After refusing a body, the rest of it is read and dropped, so the client can finish sending and then
 * read the 413 (closing with unread bytes makes the kernel reset the connection, and the client loses the
 * answer). Past this much, the sender is not listening to us: the connection is closed.
 */
const DRAIN_LIMIT_BYTES = 128 * 1024 * 1024

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

const declaredLength = (req: IncomingMessage): number | null => {
  const value = req.headers['content-length']
  return value === undefined || !/^\d+$/.test(value) ? null : Number(value)
}

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > 0

export function proxyRequest(
  target: ProxyTarget,
  req: IncomingMessage,
  res: ServerResponse,
  options: ProxyOptions = {},
): Promise<void> {
  const limit = options.maxBodyBytes ?? Number.POSITIVE_INFINITY
  const message = options.tooLargeMessage ?? 'Dữ liệu gửi lên quá lớn.'
  return new Promise((resolve) => {
    if ((declaredLength(req) ?? 0) > limit) {
      refuseTooLarge(req, res, message, 0)
      resolve()
      return
    }
    const headers = withoutHopByHop(req.headers)
    const client = req.socket.remoteAddress ?? ''
    headers['x-forwarded-for'] = req.headers['x-forwarded-for']
      ? `${req.headers['x-forwarded-for']}, ${client}`
      : client
    headers['x-forwarded-host'] = req.headers.host ?? ''
    headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'
    const withBody = hasBody(req)

    let upstream: http.ClientRequest
    let cut = false
    let forwarding = withBody
    let received = 0
    // Next answered (or failed) before the body was all sent: the rest is read and dropped, so the client
    // finishes its upload and reads the answer instead of hanging on a paused stream.
    const stopForwarding = () => {
      forwarding = false
      req.resume()
    }

    const send = (attempt: number) => {
      upstream = http.request(
        { host: target.host, port: target.port, method: req.method, path: req.url, headers, agent },
        (answer: IncomingMessage) => {
          if (cut) {
            answer.resume()
            return
          }
          res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers))
          answer.pipe(res)
          answer.on('end', () => {
            if (forwarding && !req.complete) stopForwarding()
            resolve()
          })
          answer.on('error', () => {
            res.destroy()
            resolve()
          })
        },
      )
      upstream.on('error', () => {
        if (forwarding) stopForwarding()
        if (cut || res.writableEnded) return resolve()
        // A kept-alive socket Next closed just as we reused it: a request without a body is sent again on a
        // fresh one (Node's advice for keep-alive agents), instead of a 502 for a harmless race.
        if (!res.headersSent && !withBody && upstream.reusedSocket && attempt === 0) return send(1)
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' })
          res.end(
            options.unavailableMessage ??
              'Trang quản trị đang khởi động hoặc tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
          )
        } else {
          res.destroy()
        }
        resolve()
      })
      if (!withBody) upstream.end()
    }
    send(0)

    if (withBody) {
      req.on('data', (chunk: Buffer) => {
        if (cut || !forwarding) return
        received += chunk.length
        if (received > limit) {
          // Counted while streaming: a body without Content-Length is cut at the limit, never buffered.
          cut = true
          forwarding = false
          upstream.destroy()
          refuseTooLarge(req, res, message, received)
          resolve()
          return
        }
        if (!upstream.write(chunk)) {
          req.pause()
          upstream.once('drain', () => req.resume())
        }
      })
      req.on('end', () => {
        if (forwarding) upstream.end()
      })
    }
    // The browser went away: stop the work upstream too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
      resolve()
    })
  })
}

/** 413 in Payload's error shape, then the rest of the body is drained (see DRAIN_LIMIT_BYTES). */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, message: string, alreadyRead: number) {
  let drained = alreadyRead
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy()
  })
  req.resume()
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = JSON.stringify({ errors: [{ message }] })
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  })
  res.end(body)
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
