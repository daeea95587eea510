/** The one front server: the site at /, the functions at /fn/, and the CMS (/admin, /api, /_next) proxied to Next. */
import http from 'node:http'
import { FUNCTIONS_BASE } from '../../app.ts'
import type { Handler } from '../../http/route.ts'
import { type ProxyTarget, proxyRequest } from './proxy.ts'
import { toRequest } from './request.ts'
import { sendResponse } from './response.ts'
import { serveStatic } from './static.ts'

/** Paths Next owns: Payload's admin and API, and Next's own assets and image optimiser. */
export const CMS_PATHS = ['/admin', '/api', '/_next']

export interface FrontServerOptions {
  /** The functions app (see createApp). */
  app: Handler
  /** The built site, usually site/dist. */
  siteDir: string
  /** Where Next listens; without it the CMS paths answer 502. */
  cms?: ProxyTarget
}

export function isCmsPath(pathname: string): boolean {
  return CMS_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

export function createFrontServer(options: FrontServerOptions): http.Server {
  const cms = options.cms ?? { host: '127.0.0.1', port: 0 }
  return http.createServer(async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]
    try {
      if (pathname === FUNCTIONS_BASE || pathname.startsWith(`${FUNCTIONS_BASE}/`)) {
        const response = await options.app(toRequest(req, res))
        await sendResponse(res, req.method === 'HEAD' ? new Response(null, response) : response)
      } else if (isCmsPath(pathname)) {
        await proxyRequest(cms, req, res)
      } else {
        await serveStatic(options.siteDir, req, res)
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
