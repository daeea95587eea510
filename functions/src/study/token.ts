/**
 * The signed start token of an attempt: an HMAC over the attempt and the server's start time. The submit
 * judges the time limit from the start time inside it, so neither the phone's clock nor an edited start time
 * can buy more time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { startTokenPayload } from '@sotay/content-schemas'

const sign = (secret: string, attemptId: string | number, startedAt: number) =>
  createHmac('sha256', `sotay-quiz-start:${secret}`)
    .update(startTokenPayload(attemptId, startedAt))
    .digest('base64url')

export function startToken(secret: string, attemptId: string | number, startedAt: number): string {
  return `${startedAt}.${sign(secret, attemptId, startedAt)}`
}

/** The start time the token vouches for, or null when it was not signed by us for this attempt. */
export function startTimeOf(secret: string, attemptId: string | number, token: string): number | null {
  const [time, signature] = token.split('.')
  const startedAt = Number(time)
  if (!signature || !Number.isSafeInteger(startedAt)) return null
  const expected = Buffer.from(sign(secret, attemptId, startedAt))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? startedAt : null
}
