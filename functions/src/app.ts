/** The functions app: one Fetch API handler that routes /fn/* to each function; runs on Node, serverless or in a test. */
import { healthRoute } from './health/index.ts'
import { jsonError } from './http/json.ts'
import { type Handler, pathMatches, type Route } from './http/route.ts'
import { openApiRoute } from './openapi/index.ts'

export const FUNCTIONS_BASE = '/fn'

export interface AppOptions {
  /** Routes added to the built-in ones (health, openapi.json). */
  routes?: Route[]
  version?: string
}

export function createApp(options: AppOptions = {}): Handler {
  const mounted = [healthRoute(), ...(options.routes ?? [])]
  const routes = [
    ...mounted,
    openApiRoute(mounted, { basePath: FUNCTIONS_BASE, version: options.version ?? '0.1.0' }),
  ]

  return async (request) => {
    const { pathname } = new URL(request.url)
    if (!pathname.startsWith(`${FUNCTIONS_BASE}/`)) return notFound()
    const path = pathname.slice(FUNCTIONS_BASE.length)
    const atPath = routes.filter((route) => pathMatches(route.path, path))
    if (atPath.length === 0) return notFound()
    // HEAD is answered by the GET handler; the server drops the body.
    const method = request.method === 'HEAD' ? 'GET' : request.method
    const route = atPath.find((candidate) => candidate.method === method)
    if (!route) {
      const allow = [
        ...new Set(atPath.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method]))),
      ].join(', ')
      return jsonError(405, 'method_not_allowed', 'Phương thức không được hỗ trợ cho địa chỉ này.', { allow })
    }
    try {
      return await route.handler(request)
    } catch (error) {
      console.error(`[fn] ${request.method} ${pathname}`, error)
      return jsonError(500, 'internal', 'Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.')
    }
  }
}

function notFound(): Response {
  return jsonError(404, 'not_found', 'Không tìm thấy chức năng này.')
}
