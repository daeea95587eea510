/** GET /fn/health: answers while the server is up; used by start scripts and monitors. */
import { json } from '../http/json.ts'
import type { Route } from '../http/route.ts'

export function healthRoute(): Route {
  return {
    method: 'GET',
    path: '/health',
    handler: () => json({ ok: true }),
    operation: {
      operationId: 'health',
      summary: 'Kiểm tra máy chủ còn hoạt động',
      tags: ['Hệ thống'],
      responses: {
        '200': {
          description: 'Máy chủ đang hoạt động',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['ok'],
                properties: { ok: { type: 'boolean', const: true } },
              },
            },
          },
        },
      },
    },
  }
}
