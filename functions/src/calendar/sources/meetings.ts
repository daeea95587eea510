/** The meetings the member is invited to (they hold an attendance row); a cancelled one stays, marked so. */
import type { Meeting } from '@sotay/cms'
import { idsOf, MEETING_STATUSES } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem } from '../item.ts'

export const meetingsSource: CalendarSource = {
  kind: 'meeting',
  async items({ payload, user, from, to }) {
    const asMember = { user, overrideAccess: false } as const
    const rows = await payload.find({
      collection: 'meeting-attendance',
      where: { member: { equals: user.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { meeting: true },
      ...asMember,
    })
    const ids = idsOf((rows.docs as { meeting?: unknown }[]).map((r) => r.meeting as never))
    if (!ids.length) return []
    const { docs } = await payload.find({
      collection: 'meetings',
      where: {
        and: [
          { id: { in: ids } },
          { startsAt: { greater_than_equal: from.toISOString() } },
          { startsAt: { less_than: to.toISOString() } },
        ],
      },
      sort: 'startsAt',
      depth: 0,
      limit: 500,
      // One query, no count: a calendar window never holds more.
      pagination: false,
      select: {
        title: true,
        startsAt: true,
        endsAt: true,
        place: true,
        status: true,
        kind: true,
        updatedAt: true,
      },
      // The ids are the member's own invitations, read as them above: exactly what `readMeetings` grants them.
      // Asking the rule again would re-read every attendance row of theirs once per meeting returned.
      overrideAccess: true,
    })
    return (docs as Meeting[]).map((m) =>
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
