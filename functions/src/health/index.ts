/** GET /fn/health: answers while the server is up; used by start scripts and monitors. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { answer, json } from '../http/json.ts'
import { mount } from '../http/mount.ts'

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'health',
  summary: 'Kiểm tra máy chủ còn hoạt động',
  tags: ['Hệ thống'],
  responses: { 200: answer('Máy chủ đang hoạt động', z.object({ ok: z.literal(true) })) },
})

export function healthRoutes(): OpenAPIHono<FnEnv> {
  const app = new OpenAPIHono<FnEnv>()
  mount(app, healthRoute, () => json({ ok: true }))
  return app
}
