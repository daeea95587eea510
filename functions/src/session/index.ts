/** The member session functions (đăng nhập, kích hoạt, đăng xuất, cấp lại mã) under /fn/session/. */
import type { Route } from '../http/route.ts'
import { activateRoute } from './activate.ts'
import { loginRoute } from './login.ts'
import { logoutRoute } from './logout.ts'
import { meRoute } from './me.ts'
import { type SessionOptions, sessionContext } from './options.ts'
import { resetRoute } from './reset.ts'

export type { MemberView } from './member.ts'
export { currentUser } from './member.ts'
export type { SessionOptions } from './options.ts'

export function sessionRoutes(options: SessionOptions): Route[] {
  const ctx = sessionContext(options)
  return [loginRoute(ctx), activateRoute(ctx), logoutRoute(ctx), meRoute(ctx), resetRoute(ctx)]
}
