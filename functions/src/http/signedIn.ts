/** Who is calling: `whoIs` records the signed-in user or null; `signedIn` refuses with 401 when there is none. */
import { recordActivityDay } from '@sotay/cms/reports'
import type { MiddlewareHandler } from 'hono'
import { currentUser } from '../session/member.ts'
import type { FnEnv } from './env.ts'
import { jsonError } from './json.ts'

import { NOT_SIGNED_IN } from './notSignedIn.ts'

export { NOT_SIGNED_IN }

/** After `payloadReady`: the user of a valid, unrevoked session (cookie or `Authorization: JWT`), or null. */
export const whoIs = (): MiddlewareHandler<FnEnv> => async (c, next) => {
  c.set('viewer', await currentUser(c.var.payload, c.req.raw))
  await next()
}

export interface SignedInOptions {
  code?: string
  message?: string
}

/** After `payloadReady`: `c.var.user`, or a 401 with the function's own words. */
export function signedIn(options: SignedInOptions = {}): MiddlewareHandler<FnEnv> {
  return async (c, next) => {
    const user = c.var.viewer === undefined ? await currentUser(c.var.payload, c.req.raw) : c.var.viewer
    if (!user) return jsonError(401, options.code ?? 'not_signed_in', options.message ?? NOT_SIGNED_IN)
    c.set('viewer', user)
    c.set('user', user)
    // The reports' "active in 7 / 30 days": the day is marked once, a failure never costs the member their answer.
    await recordActivityDay(c.var.payload, user).catch((error) =>
      c.var.payload.logger.warn({ err: error }, 'activity day not recorded'),
    )
    await next()
  }
}
