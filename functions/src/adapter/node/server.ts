/** The one front server: the site at /, the functions at /fn/, and the CMS (/admin, /api, /_next) proxied to Next. */
import http from 'node:http'
import {
  MULTIPART_OVERHEAD_BYTES,
  maxUploadBytes,
  uploadTooLargeMessage,
} from '@sotay/content-schemas/media/uploadLimits'
import { FUNCTIONS_BASE } from '../../app.ts'
import type { Handler } from '../../http/route.ts'
import { BUILDING_HTML } from './buildingPage.ts'
import { type ProxyTarget, proxyRequest } from './proxy.ts'
import { toRequest } from './request.ts'
import { sendResponse } from './response.ts'
import { serveStatic } from './static.ts'

/** Paths Next owns: Payload's admin and API, and Next's own assets and image optimiser. */
export const CMS_PATHS = ['/admin', '/api', '/_next']

export interface FrontServerOptions {
  /** The functions app (see createApp). */
  app: Handler
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
  signInDoor?: Handler
  /** Largest upload to the CMS, in bytes of the file (MAX_UPLOAD_MB, 25 MB by default); Payload has the same. */
  maxUploadBytes?: number
}

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
  return http.createServer(async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]
    try {
      if (pathname === FUNCTIONS_BASE || pathname.startsWith(`${FUNCTIONS_BASE}/`)) {
        const response = await options.app(toRequest(req, res))
        await sendResponse(res, req.method === 'HEAD' ? new Response(null, response) : response)
      } else if (options.signInDoor && isSignInDoor(req.method, pathname)) {
        const request = toRequest(req, res)
        // The address this server saw, last, as the proxy forwards it to Next: the policy reads the last entry.
        const client = req.socket.remoteAddress ?? ''
        const forwarded = request.headers.get('x-forwarded-for')
        request.headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${client}` : client)
        await sendResponse(res, await options.signInDoor(request))
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
