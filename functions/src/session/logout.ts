/** POST /fn/session/logout: ends this session (Payload revokes its sid) and clears the cookie. */
import { createLocalReq, logoutOperation as payloadLogout } from 'payload'
import { json } from '../http/json.ts'
import type { Route } from '../http/route.ts'
import { clearedCookie } from './cookie.ts'
import { guardPost } from './guard.ts'
import { currentUser } from './member.ts'
import { logoutOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

export function logoutRoute(ctx: SessionContext): Route {
  return {
    method: 'POST',
    path: '/session/logout',
    operation: logoutOperation,
    handler: async (request) => {
      const guarded = await guardPost(ctx, request)
      if (guarded instanceof Response) return guarded
      const { payload } = guarded
      const user = await currentUser(payload, request)
      if (user) {
        const req = await createLocalReq({ user }, payload)
        await payloadLogout({ collection: payload.collections.users, req })
      }
      const cookie = clearedCookie(request, `${payload.config.cookiePrefix}-token`)
      return json({ ok: true }, { headers: { 'set-cookie': cookie } })
    },
  }
}
