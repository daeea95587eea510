/** GET /fn/session/me: the signed-in member (name, card number, home cell), or 401. */
import { json, jsonError } from '../http/json.ts'
import type { Route } from '../http/route.ts'
import { loadPayload } from './guard.ts'
import { currentUser, memberView } from './member.ts'
import { MESSAGES } from './messages.ts'
import { meOperation } from './openapi.ts'
import type { SessionContext } from './options.ts'

export function meRoute(ctx: SessionContext): Route {
  return {
    method: 'GET',
    path: '/session/me',
    operation: meOperation,
    handler: async (request) => {
      const payload = await loadPayload(ctx)
      if (payload instanceof Response) return payload
      const user = await currentUser(payload, request)
      if (!user) return jsonError(401, 'not_signed_in', MESSAGES.notSignedIn)
      return json({ member: await memberView(payload, user) })
    },
  }
}
