/**
 * The meetings the member is invited to (they hold an attendance row, which is what `readMeetings` grants them);
 * a cancelled one stays, marked so.
 */
import type { Meeting } from '@sotay/cms'
import { idsOf, MEETING_STATUSES } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem, inWindow, ONE_WINDOW, sourceSelect } from '../item.ts'

// The invitations by the member's index, their meetings by the window.
const INVITED = sourceSelect(
  'meeting',
  {
    id: '"id"',
    title: '"title"',
    at: '"starts_at"',
    endsAt: '"ends_at"',
    place: '"place"',
    status: '"status"',
    updatedAt: '"updated_at"',
  },
  `FROM "meetings" WHERE "id" IN (SELECT "meeting_id" FROM "meeting_attendance" WHERE "member_id" = ?1)
  AND "starts_at" >= ?2 AND "starts_at" < ?3 ORDER BY "starts_at", "id" LIMIT 500`,
)

export const meetingsSource: CalendarSource = {
  kind: 'meeting',
  rows: ['meeting'],
  sql: [`SELECT * FROM (${INVITED}) AS "meeting_rows"`],
  async read({ payload, user, from, to }) {
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
      where: { and: [{ id: { in: ids } }, inWindow('startsAt', { from, to })] },
      sort: 'startsAt',
      ...ONE_WINDOW,
      select: { title: true, startsAt: true, endsAt: true, place: true, status: true, updatedAt: true },
      // The ids are the member's own invitations, read as them above: exactly what `readMeetings` grants them.
      overrideAccess: true,
    })
    return (docs as Meeting[]).map((m) => ({
      source: 'meeting',
      id: m.id,
      title: m.title,
      at: m.startsAt,
      endsAt: m.endsAt ?? null,
      place: m.place ?? null,
      note: null,
      status: m.status ?? null,
      updatedAt: m.updatedAt ?? null,
      closesAt: null,
    }))
  },
  present: (rows) =>
    rows.map((m) =>
      calendarItem({
        kind: 'meeting',
        id: m.id,
        title: m.title,
        startsAt: m.at as string,
        endsAt: m.endsAt,
        place: m.place,
        cancelled: m.status === 'cancelled',
        statusLabel: MEETING_STATUSES.find((s) => s.value === m.status)?.label.vi ?? null,
        alarmMinutes: 60,
        updatedAt: m.updatedAt,
      }),
    ),
}
