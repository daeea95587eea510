/** The one front server: the site at /, the functions at /fn/, and the CMS (/admin, /api, /_next) proxied to Next. */
import http from 'node:http'
import { getRequestListener } from '@hono/node-server'
import {
  MULTIPART_OVERHEAD_BYTES,
  maxUploadBytes,
  uploadTooLargeMessage,
} from '@sotay/content-schemas/media/uploadLimits'
import { FUNCTIONS_BASE, type FunctionsApp } from '@sotay/functions'
import { BUILDING_HTML } from './buildingPage.ts'
import { type ProxyTarget, proxyRequest } from './proxy.ts'
import { serveStatic } from './static.ts'

/** A Fetch API handler: Payload's own sign-in door, answered in this process. */
export type FetchHandler = (request: Request) => Response | Promise<Response>

/** Paths Next owns: Payload's admin and API, and Next's own assets and image optimiser. */
export const CMS_PATHS = ['/admin', '/api', '/_next']

export interface FrontServerOptions {
  /** The functions app (functionsApp, or createApp with some of them). */
  app: FunctionsApp
  /**
   * The built site: a folder (site/dist), or a function asked on every request (the site builder's current
   * build, which changes without a restart); null while there is no build yet.
   */
  siteDir: string | (() => string | null)
  /** Where Next listens; without it the CMS paths answer 502. */
  cms?: ProxyTarget
  /**
   * Payload's own sign-in door (POST /api/users/login), answered in this process instead of in Next, so that
   * it and /fn/session/* count on one limiter even without Redis (cms/src/auth/signInPolicy.ts).
   */
  signInDoor?: FetchHandler
  /**
   * Janus's HTTP transport on loopback (the online meeting rooms): /janus is proxied to it, so the member app
   * talks to it on its own origin; without it /janus answers 503 in Vietnamese.
   */
  janus?: ProxyTarget
  /** Largest upload to the CMS, in bytes of the file (MAX_UPLOAD_MB, 25 MB by default); Payload has the same. */
  maxUploadBytes?: number
}

export const JANUS_PATH = '/janus'
const isJanusPath = (pathname: string) => pathname === JANUS_PATH || pathname.startsWith(`${JANUS_PATH}/`)

/** Answered here by `signInDoor` when one is given; every other CMS path goes to Next. */
export const isSignInDoor = (method: string | undefined, pathname: string) =>
  method === 'POST' && pathname === '/api/users/login'

export function isCmsPath(pathname: string): boolean {
  return CMS_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

export function createFrontServer(options: FrontServerOptions): http.Server {
  const cms = options.cms ?? { host: '127.0.0.1', port: 0 }
  const uploadLimit = options.maxUploadBytes ?? maxUploadBytes()
  // Checked here while streaming, so a body over the limit never reaches Next, whatever it declares.
  const proxyOptions = {
    maxBodyBytes: uploadLimit + MULTIPART_OVERHEAD_BYTES,
    tooLargeMessage: uploadTooLargeMessage(uploadLimit),
  }
  // Hono's Node adapter: streaming both ways, aborts when the client goes; the address is the socket's.
  // Payload shares this process: the global Request and Response stay Node's own.
  const listen = { overrideGlobalObjects: false }
  const functions = getRequestListener(
    (request, env) => options.app.fetch(request, { ...env, clientIp: env.incoming.socket.remoteAddress }),
    listen,
  )
  const signInDoor = options.signInDoor
  const door =
    signInDoor &&
    getRequestListener(async (incoming, env) => {
      // Payload writes to the request it is given: a plain Request, not the adapter's lightweight one.
      const request = new Request(incoming.url, {
        method: incoming.method,
        headers: incoming.headers,
        body: await incoming.arrayBuffer(),
      })
      // The address this server saw, last, as the proxy forwards it to Next: the policy reads the last entry.
      const client = env.incoming.socket.remoteAddress ?? ''
      const forwarded = request.headers.get('x-forwarded-for')
      request.headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${client}` : client)
      return signInDoor(request)
    }, listen)
  return http.createServer(async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]
    try {
      if (pathname === FUNCTIONS_BASE || pathname.startsWith(`${FUNCTIONS_BASE}/`)) {
        await functions(req, res)
      } else if (door && isSignInDoor(req.method, pathname)) {
        await door(req, res)
      } else if (isJanusPath(pathname)) {
        if (options.janus)
          await proxyRequest(options.janus, req, res, {
            maxBodyBytes: 256 * 1024,
            unavailableMessage: 'Phòng họp trực tuyến tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
          })
        else {
          res.writeHead(503, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
          })
          res.end(
            JSON.stringify({ error: { code: 'janus_off', message: 'Phòng họp trực tuyến chưa được bật.' } }),
          )
        }
      } else if (isCmsPath(pathname)) {
        await proxyRequest(cms, req, res, proxyOptions)
      } else {
        const root = typeof options.siteDir === 'function' ? options.siteDir() : options.siteDir
        if (root) await serveStatic(root, req, res)
        else {
          res.writeHead(503, {
            'content-type': 'text/html; charset=utf-8',
            'retry-after': '10',
            'cache-control': 'no-store',
          })
          res.end(req.method === 'HEAD' ? undefined : BUILDING_HTML)
        }
      }
    } catch (error) {
      // A client that disconnects mid-stream is normal; anything else is worth a line in the log.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        console.error('[front]', error)
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('Máy chủ gặp lỗi khi xử lý yêu cầu.')
      } else {
        res.destroy()
      }
    }
  })
}
