/**
 * The checks every state-changing session call passes first: same origin and a small JSON body. Limits are the
 * sign-in policy's (failures per address, attempts per account), checked by the calls that sign someone in:
 * counting every call per address here is what blocked real members behind a shared address.
 */
import type { Payload } from 'payload'
import { type JsonObject, readJsonObject } from '../http/body.ts'
import { jsonError } from '../http/json.ts'
import { refuseCrossOrigin } from '../http/origin.ts'
import { MESSAGES } from './messages.ts'
import type { SessionContext } from './options.ts'

export { notSoonerThan } from '@sotay/cms/auth'

export interface Guarded {
  body: JsonObject
  payload: Payload
}

/** The request's checked body and Payload, or the answer that refuses it. */
export async function guardPost(ctx: SessionContext, request: Request): Promise<Guarded | Response> {
  const crossOrigin = refuseCrossOrigin(request, { allowedOrigins: ctx.allowedOrigins })
  if (crossOrigin) return crossOrigin
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
