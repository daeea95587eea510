/**
 * The attendance rows of many meetings, read in chunks: through Payload's Drizzle tables where the engine is SQL
 * (one indexed scan per chunk, a report over a province's month), and through Payload's find elsewhere.
 */
import { type CheckinMethod, type ID, idOf, type MeetingReply } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { drizzleAdapterOf, tableOf } from '../../../db/bulk/drizzle.ts'

export interface AttendanceRow {
  meeting: ID
  member: ID
  exempt: boolean
  reply: MeetingReply | null
  reason: string | null
  checkedInAt: string | null
  checkinMethod: CheckinMethod | null
}

const CHUNK = 500

export async function attendanceRows(payload: Payload, meetingIds: ID[]): Promise<AttendanceRow[]> {
  const rows: AttendanceRow[] = []
  const db = drizzleAdapterOf(payload)
  for (let i = 0; i < meetingIds.length; i += CHUNK) {
    const chunk = meetingIds.slice(i, i + CHUNK)
    if (db) {
      const { table } = tableOf(db, 'meeting-attendance')
      const found = await db.drizzle
        .select({
          meeting: table.meeting,
          member: table.member,
          exempt: table.exempt,
          reply: table.reply,
          reason: table.reason,
          checkedInAt: table.checkedInAt,
          checkinMethod: table.checkinMethod,
        })
        .from(table)
        .where(db.operators.in(table.meeting, chunk))
      for (const r of found) rows.push(normalise(r))
    } else {
      const { docs } = await payload.find({
        collection: 'meeting-attendance',
        where: { meeting: { in: chunk } },
        select: {
          meeting: true,
          member: true,
          exempt: true,
          reply: true,
          reason: true,
          checkedInAt: true,
          checkinMethod: true,
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const d of docs) rows.push(normalise({ ...d, meeting: idOf(d.meeting), member: idOf(d.member) }))
    }
  }
  return rows
}

function normalise(r: Record<string, unknown>): AttendanceRow {
  const at = r.checkedInAt
  return {
    meeting: r.meeting as ID,
    member: r.member as ID,
    exempt: Boolean(r.exempt),
    reply: (r.reply as MeetingReply | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    checkedInAt: at ? new Date(at as string).toISOString() : null,
    checkinMethod: (r.checkinMethod as CheckinMethod | null) ?? null,
  }
}
