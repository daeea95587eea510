/** Mounts one documented route whose handler answers a plain Response (our json helpers), validated by its zod schemas. */
import type { Hook, OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { FnEnv } from './env.ts'

/** The handler's context: `c.var` from the middleware, `c.req.valid(...)` typed from the route's schemas. */
export type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, FnEnv>>[0]

export function mount<R extends RouteConfig>(
  app: OpenAPIHono<FnEnv>,
  route: R,
  handler: (c: RouteContext<R>) => Response | Promise<Response>,
  hook?: Hook<any, FnEnv, any, any>,
): void {
  // The documented statuses are checked by the test that calls every route (lambda.test.ts), not by the type.
  app.openapi(route, handler as unknown as RouteHandler<R, FnEnv>, hook)
}
