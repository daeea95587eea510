/**
 * A member's own check-in by the rotating code: every refusal is checked before anything is written, and the
 * write keeps the first check-in time (a second scan answers "already").
 */
import type { MeetingAttendance } from '@sotay/cms'
import type { RateLimiter, RateLimitRule } from '@sotay/cms/auth'
import type { ID } from '@sotay/content-schemas'
import {
  CHECKIN_WINDOW_MARGIN_MS,
  type CodeVerdict,
  verifyCheckinCode,
  verifyCheckinToken,
} from '@sotay/content-schemas/meetings/checkinCode'
import { viTime } from '@sotay/content-schemas/text/dates'
import type { Payload } from 'payload'
import { jsonError } from '../../http/json.ts'
import { tooManyRequests } from '../../http/rateLimit.ts'
import type { SignedInUser } from '../../session/member.ts'
import { MEETING_MESSAGES as M } from '../messages.ts'
import { meetingStanding } from '../standing.ts'
import type { CheckinResult } from './schemas.ts'

/** Typed codes per member: 6 digits are guessable, so wrong guesses are few (the QR needs none of this). */
export const TYPED_CODE_RULE: RateLimitRule = { limit: 8, windowMs: 10 * 60_000 }

export type Proof = { token: string; code?: undefined } | { code: string; token?: undefined }

/** The meeting's signing secret: server-only, so read past field access (the caller was checked already). */
export async function checkinSecretOf(payload: Payload, meetingId: ID): Promise<string> {
  const meeting = await payload.findByID({
    collection: 'meetings',
    id: meetingId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { checkinSecret: true },
  })
  const secret = (meeting as { checkinSecret?: string | null }).checkinSecret
  if (!secret) throw new Error(`Cuộc họp ${meetingId} chưa có khóa điểm danh`)
  return secret
}

/** Outside the window: the refusal that says which side of it the caller is on, or null inside. */
export function windowRefusal(meeting: { startsAt: string; endsAt: string }, now: number): Response | null {
  if (now < new Date(meeting.startsAt).getTime() - CHECKIN_WINDOW_MARGIN_MS)
    return jsonError(409, 'outside_window', M.tooEarly)
  if (now > new Date(meeting.endsAt).getTime() + CHECKIN_WINDOW_MARGIN_MS)
    return jsonError(409, 'outside_window', M.tooLate)
  return null
}

/** Writes the check-in unless one is there: the condition in the update keeps the first time under a race. */
export async function markPresent(
  payload: Payload,
  row: MeetingAttendance,
  method: NonNullable<MeetingAttendance['checkinMethod']>,
  now: number,
): Promise<{ row: MeetingAttendance; already: boolean }> {
  if (row.checkedInAt) return { row, already: true }
  const stamp = new Date(now).toISOString()
  // Server-owned fields: the member may not write them; this runs after every check above.
  await payload.update({
    collection: 'meeting-attendance',
    where: { and: [{ id: { equals: row.id } }, { checkedInAt: { exists: false } }] },
    data: { checkedInAt: stamp, checkinMethod: method },
    overrideAccess: true,
    depth: 0,
  })
  const fresh = (await payload.findByID({
    collection: 'meeting-attendance',
    id: row.id,
    depth: 0,
    overrideAccess: true,
  })) as MeetingAttendance
  return { row: fresh, already: fresh.checkedInAt !== stamp }
}

export async function checkIn(
  payload: Payload,
  user: SignedInUser,
  meetingId: ID,
  proof: Proof,
  limiter: RateLimiter,
  now = Date.now(),
): Promise<Response | CheckinResult> {
  const standing = await meetingStanding(payload, user, meetingId)
  if (!standing?.attendance) return jsonError(403, 'not_invited', M.notInvited)
  const { meeting, attendance } = standing
  if (meeting.status === 'cancelled') return jsonError(409, 'cancelled', M.cancelled)
  const outside = windowRefusal(meeting, now)
  if (outside) return outside
  const limitKey = `meeting-code:${user.id}`
  if (proof.code !== undefined) {
    const decision = await limiter.peek(limitKey, TYPED_CODE_RULE)
    if (!decision.allowed) return tooManyRequests(decision)
  }
  const secret = await checkinSecretOf(payload, meeting.id)
  const verdict: CodeVerdict =
    proof.code !== undefined
      ? verifyCheckinCode(secret, String(meeting.id), proof.code, now)
      : verifyCheckinToken(secret, String(meeting.id), proof.token, now)
  if (verdict !== 'ok') {
    if (proof.code !== undefined) await limiter.hit(limitKey, TYPED_CODE_RULE)
    return verdict === 'expired'
      ? jsonError(400, 'expired_code', M.expired)
      : jsonError(400, 'invalid_code', M.forged)
  }
  const { row, already } = await markPresent(
    payload,
    attendance,
    proof.code !== undefined ? 'code' : 'qr',
    now,
  )
  const time = viTime(row.checkedInAt)
  return {
    meetingId: meeting.id,
    title: meeting.title,
    checkedInAt: row.checkedInAt ?? new Date(now).toISOString(),
    time,
    method: row.checkinMethod ?? 'qr',
    already,
    message: already ? M.alreadyCheckedIn(time) : M.checkedIn(time),
  }
}

/**
 * A typed code without a meeting (the diem-danh page): the caller's meetings whose check-in is open now; the
 * one whose code matches, or the first (whose refusal then counts against the guesses).
 */
export async function meetingForTypedCode(
  payload: Payload,
  user: SignedInUser,
  code: string,
  now: number,
): Promise<ID | null> {
  const rows = await payload.find({
    collection: 'meeting-attendance',
    where: { member: { equals: user.id } },
    depth: 0,
    limit: 200,
    sort: '-createdAt',
    user,
    overrideAccess: false,
    select: { meeting: true },
  })
  const ids = rows.docs.map((r) => (typeof r.meeting === 'object' ? r.meeting.id : r.meeting))
  if (!ids.length) return null
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { id: { in: ids } },
        { status: { not_equals: 'cancelled' } },
        { startsAt: { less_than_equal: new Date(now + CHECKIN_WINDOW_MARGIN_MS).toISOString() } },
        { endsAt: { greater_than_equal: new Date(now - CHECKIN_WINDOW_MARGIN_MS).toISOString() } },
      ],
    },
    depth: 0,
    limit: 20,
    user,
    overrideAccess: false,
    select: { title: true },
  })
  if (!docs.length) return null
  for (const meeting of docs) {
    const secret = await checkinSecretOf(payload, meeting.id)
    if (verifyCheckinCode(secret, String(meeting.id), code, now) !== 'forged') return meeting.id
  }
  return docs[0].id
}
