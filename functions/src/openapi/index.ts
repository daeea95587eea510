/** GET /fn/openapi.json: the OpenAPI 3.1 document built from the mounted routes, so it cannot drift from them. */
import { errorSchema, json } from '../http/json.ts'
import type { Route } from '../http/route.ts'

export interface OpenApiOptions {
  /** Where the functions are mounted, used as the document's server URL. */
  basePath: string
  version: string
}

export function openApiDocument(routes: Route[], options: OpenApiOptions) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    paths[route.path] ??= {}
    paths[route.path][route.method.toLowerCase()] = route.operation
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sổ tay Đảng viên — API chức năng',
      version: options.version,
      description:
        'Các chức năng phục vụ đảng viên: thông báo, hỏi đáp, phiên đăng nhập. Lỗi trả về dạng { error: { code, message } }.',
    },
    servers: [{ url: options.basePath }],
    paths,
    components: { schemas: { Error: errorSchema } },
  }
}

export function openApiRoute(routes: Route[], options: OpenApiOptions): Route {
  const self: Route = {
    method: 'GET',
    path: '/openapi.json',
    handler: () =>
      json(openApiDocument([...routes, self], options), { headers: { 'cache-control': 'no-cache' } }),
    operation: {
      operationId: 'openapi',
      summary: 'Tài liệu OpenAPI của các chức năng',
      tags: ['Hệ thống'],
      responses: { '200': { description: 'Tài liệu OpenAPI 3.1', content: { 'application/json': {} } } },
    },
  }
  return self
}
