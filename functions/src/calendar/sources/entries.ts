/** The member's own entries. */
import type { CalendarEntry } from '@sotay/cms'
import { reminderMinutes } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem } from '../item.ts'

export const entriesSource: CalendarSource = {
  kind: 'entry',
  async items({ payload, user, from, to }) {
    const { docs } = await payload.find({
      collection: 'calendar-entries',
      where: {
        and: [
          { owner: { equals: user.id } },
          { startsAt: { greater_than_equal: from.toISOString() } },
          { startsAt: { less_than: to.toISOString() } },
        ],
      },
      sort: 'startsAt',
      depth: 0,
      limit: 500,
      // One query, no count: a calendar window never holds more.
      pagination: false,
      user,
      overrideAccess: false,
    })
    return (docs as CalendarEntry[]).map((e) =>
      calendarItem({
        kind: 'entry',
        id: e.id,
        title: e.title,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        place: e.place,
        note: e.note,
        alarmMinutes: reminderMinutes(e.reminder),
        updatedAt: e.updatedAt,
      }),
    )
  },
}
