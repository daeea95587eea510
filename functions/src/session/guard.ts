/** The checks every state-changing session call passes first: same origin, per-IP limit, a small JSON body. */
import type { Payload } from 'payload'
import { type JsonObject, readJsonObject } from '../http/body.ts'
import { clientIp } from '../http/clientIp.ts'
import { jsonError } from '../http/json.ts'
import { refuseCrossOrigin } from '../http/origin.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import { MESSAGES } from './messages.ts'
import type { SessionContext } from './options.ts'

export interface Guarded {
  body: JsonObject
  payload: Payload
}

/** The request's checked body and Payload, or the answer that refuses it. */
export async function guardPost(
  ctx: SessionContext,
  request: Request,
  scope: string,
): Promise<Guarded | Response> {
  const crossOrigin = refuseCrossOrigin(request, { allowedOrigins: ctx.allowedOrigins })
  if (crossOrigin) return crossOrigin
  const limited = await checkRateLimits(ctx.rateLimiter, [
    { key: `${scope}:ip:${clientIp(request)}`, rule: ctx.perIp },
  ])
  if (limited) return limited
  const body = await readJsonObject(request, { maxBytes: ctx.maxBodyBytes })
  if (!body.ok) return body.response
  const payload = await loadPayload(ctx)
  if (payload instanceof Response) return payload
  return { body: body.value, payload }
}

export async function loadPayload(ctx: SessionContext): Promise<Payload | Response> {
  try {
    return await ctx.payload()
  } catch (error) {
    console.error('[fn/session] Payload', error)
    return jsonError(503, 'unavailable', MESSAGES.unavailable, { 'retry-after': '30' })
  }
}

export const badRequest = (message: string) => jsonError(400, 'invalid_input', message)

/** Waits until `floorMs` after `startedAt`, so fast failures (unknown card, locked account) look like slow ones. */
export async function notSoonerThan(startedAt: number, floorMs: number): Promise<void> {
  const wait = startedAt + floorMs - performance.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
