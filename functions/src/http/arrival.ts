/** Records what is known of a request on arrival: when (the sign-in time floor) and the caller's address (rate limits). */
import type { Context, MiddlewareHandler } from 'hono'
import type { FnEnv } from './env.ts'

/** How an adapter reads the address (e.g. Hono's `getConnInfo`), or undefined when it cannot. */
export type ClientIpReader = (c: Context<FnEnv>) => string | undefined

export const arrival =
  (readIp?: ClientIpReader): MiddlewareHandler<FnEnv> =>
  async (c, next) => {
    c.set('startedAt', performance.now())
    // Behind a proxy every client shares the proxy's address (see README, deploying).
    c.set('clientIp', c.env?.clientIp ?? readIp?.(c) ?? 'unknown')
    await next()
  }
