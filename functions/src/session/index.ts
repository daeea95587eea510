/** The member session functions (đăng nhập, kích hoạt, đăng xuất, cấp lại mã) under /fn/session/. */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { activate, activateRoute } from './activate.ts'
import { login, loginRoute } from './login.ts'
import { logout, logoutRoute } from './logout.ts'
import { me, meRoute } from './me.ts'
import { type SessionOptions, sessionContext } from './options.ts'
import { memberAdminsOnly, reset, resetRoute } from './reset.ts'

export { currentUser } from './member.ts'
export type { SessionOptions } from './options.ts'

export function sessionRoutes(options: SessionOptions): OpenAPIHono<FnEnv> {
  const ctx = sessionContext(options)
  const ready = payloadReady(options.payload)
  // Same origin, then a small JSON body, then Payload: the order every state-changing session call checks in.
  const post = [sameOrigin(options), jsonBody(options.maxBodyBytes ?? 4 * 1024), ready]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  mount(app, { ...loginRoute, middleware: post }, login(ctx))
  mount(app, { ...activateRoute, middleware: post }, activate(ctx))
  mount(app, { ...logoutRoute, middleware: post }, logout(ctx))
  mount(app, { ...meRoute, middleware: [ready, signedIn()] }, me)
  mount(app, { ...resetRoute, middleware: [...post, signedIn(), memberAdminsOnly] }, reset(ctx))
  return app
}
