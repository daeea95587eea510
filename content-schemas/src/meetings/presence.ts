/**
 * What one invited person's row says about them at a meeting. "Present" is a check-in by any method; before the
 * meeting starts, a person who has not checked in is judged by their reply. Exempt members (miễn sinh hoạt) are
 * never absent; a "Vắng" reply with a reason is a good reason (Article 8 counts only absence without one).
 */
import { label } from '../shared/label.ts'

export const PRESENCE = [
  { value: 'onsite', label: label('Có mặt tại chỗ', 'Present on site') },
  { value: 'online', label: label('Dự trực tuyến', 'Present online') },
  { value: 'excused', label: label('Vắng có lý do', 'Absent with a reason') },
  { value: 'unexcused', label: label('Vắng không lý do', 'Absent without a reason') },
  { value: 'exempt', label: label('Miễn sinh hoạt', 'Exempt') },
  { value: 'coming', label: label('Sẽ có mặt', 'Will attend') },
  { value: 'noReply', label: label('Chưa trả lời', 'No reply yet') },
] as const
export type Presence = (typeof PRESENCE)[number]['value']

export interface PresenceInput {
  exempt?: boolean | null
  reply?: string | null
  reason?: string | null
  checkedInAt?: string | null
  checkinMethod?: string | null
}

export function presenceOf(row: PresenceInput, started: boolean): Presence {
  if (row.checkedInAt) return row.checkinMethod === 'online' ? 'online' : 'onsite'
  if (row.exempt) return 'exempt'
  if (row.reply === 'absent' && row.reason?.trim()) return 'excused'
  if (!started) return row.reply === 'present' ? 'coming' : 'noReply'
  return 'unexcused'
}

export type PresenceCounts = Record<Presence, number> & { invited: number; present: number; expected: number }

export function countPresence(rows: PresenceInput[], started: boolean): PresenceCounts {
  const counts = Object.fromEntries(PRESENCE.map((p) => [p.value, 0])) as Record<Presence, number>
  for (const row of rows) counts[presenceOf(row, started)] += 1
  const present = counts.onsite + counts.online
  // Who is expected: everyone invited but the exempt who stayed away.
  return { ...counts, invited: rows.length, present, expected: rows.length - counts.exempt }
}

/** Present over expected, 0..1; null when nobody was expected. */
export const attendanceRate = (c: { present: number; expected: number }): number | null =>
  c.expected > 0 ? c.present / c.expected : null

/** "87%" or "—". */
export const viRate = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`)
