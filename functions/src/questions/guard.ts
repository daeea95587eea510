/** The checks the question calls share: Payload loaded, a signed-in member, same origin and the per-account limit. */
import type { Payload } from 'payload'
import { jsonError } from '../http/json.ts'
import { refuseCrossOrigin } from '../http/origin.ts'
import { checkRateLimits } from '../http/rateLimit.ts'
import { type Member, signedInMember } from './member.ts'
import { MESSAGES } from './messages.ts'
import type { QuestionsContext } from './options.ts'

export interface Signed {
  payload: Payload
  member: Member | null
}

export async function loadSigned(ctx: QuestionsContext, request: Request): Promise<Signed | Response> {
  let payload: Payload
  try {
    payload = await ctx.payload()
  } catch (error) {
    console.error('[fn/questions] Payload', error)
    return jsonError(503, 'unavailable', MESSAGES.unavailable, { 'retry-after': '30' })
  }
  return { payload, member: await signedInMember(payload, request) }
}

/** For calls that change something: same origin, signed in, within the per-account limit. */
export async function guardMemberPost(
  ctx: QuestionsContext,
  request: Request,
): Promise<{ payload: Payload; member: Member } | Response> {
  const crossOrigin = refuseCrossOrigin(request, { allowedOrigins: ctx.allowedOrigins })
  if (crossOrigin) return crossOrigin
  const signed = await loadSigned(ctx, request)
  if (signed instanceof Response) return signed
  if (!signed.member) return jsonError(401, 'unauthorized', MESSAGES.signIn)
  const limited = await checkRateLimits(ctx.rateLimiter, [
    { key: `questions:user:${signed.member.id}`, rule: ctx.perAccount },
  ])
  if (limited) return limited
  return { payload: signed.payload, member: signed.member }
}
