/**
 * The meetings the member is invited to (they hold an attendance row, which is what `readMeetings` grants them);
 * a cancelled one stays, marked so.
 */
import type { Meeting } from '@sotay/cms'
import { idsOf, MEETING_STATUSES } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem, inWindow, isoOf, ONE_WINDOW, type SourceQuery } from '../item.ts'

type MeetingRow = Pick<Meeting, 'id' | 'title' | 'startsAt' | 'place' | 'status' | 'updatedAt'> & {
  endsAt?: string | null
}

async function meetingRows({ payload, db, user, from, to }: SourceQuery): Promise<MeetingRow[]> {
  if (db) {
    const { sql } = db
    const m = db.table('meetings')
    const a = db.table('meeting-attendance')
    // One statement: the invitations by the member's index, their meetings by the window.
    const rows = await db.rows(
      sql`select ${m.id} as "id", ${m.title} as "title", ${m.startsAt} as "startsAt", ${m.endsAt} as "endsAt",
        ${m.place} as "place", ${m.status} as "status", ${m.updatedAt} as "updatedAt"
        from ${m} where ${m.id} in (select ${a.meeting} from ${a} where ${a.member} = ${user.id})
        and ${m.startsAt} >= ${from.toISOString()} and ${m.startsAt} < ${to.toISOString()}
        order by ${m.startsAt} limit 500`,
    )
    return rows.map((r) => ({
      ...(r as unknown as MeetingRow),
      startsAt: isoOf(r.startsAt) as string,
      endsAt: isoOf(r.endsAt),
      updatedAt: isoOf(r.updatedAt) as string,
    }))
  }
  const invitations = await payload.find({
    collection: 'meeting-attendance',
    where: { member: { equals: user.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { meeting: true },
    user,
    overrideAccess: false,
  })
  const ids = idsOf((invitations.docs as { meeting?: unknown }[]).map((r) => r.meeting as never))
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [{ id: { in: ids } }, inWindow('startsAt', { from, to })],
    },
    sort: 'startsAt',
    ...ONE_WINDOW,
    select: { title: true, startsAt: true, endsAt: true, place: true, status: true, updatedAt: true },
    // The ids are the member's own invitations, read as them above: exactly what `readMeetings` grants them.
    overrideAccess: true,
  })
  return docs as MeetingRow[]
}

export const meetingsSource: CalendarSource = {
  kind: 'meeting',
  async items(query) {
    return (await meetingRows(query)).map((m) =>
      calendarItem({
        kind: 'meeting',
        id: m.id,
        title: m.title,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        place: m.place,
        cancelled: m.status === 'cancelled',
        statusLabel: MEETING_STATUSES.find((s) => s.value === m.status)?.label.vi ?? null,
        alarmMinutes: 60,
        updatedAt: m.updatedAt,
      }),
    )
  },
}
