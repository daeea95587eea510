/**
 * Marks today (Vietnam time) as a day the member used the app: one insert-if-absent per member per day, remembered
 * in the process so later requests that day cost nothing. The first record of a new day also deletes the rows
 * past the retention period.
 */
import { type ID, idOf, type Ref, vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../db/bulk/index.ts'

/** How long a day of activity is kept: the 12-month trend and the month before it. */
export const ACTIVITY_RETENTION_DAYS = 400

const seen = new Set<string>()
let seenDay = ''
/** The instants (ms) `seenDay` spans: a request within them needs no calendar arithmetic (the hot path's). */
let seenFrom = 0
let seenUntil = 0
const DAY_MS = 86_400_000
/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000

export async function recordActivityDay(
  payload: Payload,
  member: { id: ID; org?: Ref },
  now = new Date(),
): Promise<void> {
  const at = now.getTime()
  if (!(at >= seenFrom && at < seenUntil)) {
    const day = vietnamDayKey(now)
    seenFrom = Math.floor((at + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS
    seenUntil = seenFrom + DAY_MS
    if (day !== seenDay) {
      seen.clear()
      seenDay = day
      await pruneActivityDays(payload, now)
    }
  }
  const day = seenDay
  const key = `${member.id}:${day}`
  if (seen.has(key)) return
  await bulkWriter(payload).insertIfAbsent(
    'activity-days',
    [{ key, member: member.id, org: idOf(member.org) ?? null, day }],
    'key',
  )
  seen.add(key)
}

export async function pruneActivityDays(payload: Payload, now = new Date()): Promise<void> {
  const cutoff = vietnamDayKey(new Date(now.getTime() - ACTIVITY_RETENTION_DAYS * 86_400_000))
  await payload.db.deleteMany({ collection: 'activity-days', where: { day: { less_than: cutoff } } })
}
