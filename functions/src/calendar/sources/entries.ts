/** The member's own entries: the rows they own (`ownCalendar`), in the window. */
import type { CalendarEntry } from '@sotay/cms'
import { reminderMinutes } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem, inWindow, ONE_WINDOW, sourceSelect } from '../item.ts'

// On the (owner, startsAt) index.
const OWN_ENTRIES = sourceSelect(
  'entry',
  {
    id: '"id"',
    title: '"title"',
    at: '"starts_at"',
    endsAt: '"ends_at"',
    place: '"place"',
    note: '"note"',
    status: '"reminder"',
    updatedAt: '"updated_at"',
  },
  `FROM "calendar_entries" WHERE "owner_id" = ?1 AND "starts_at" >= ?2 AND "starts_at" < ?3
  ORDER BY "starts_at", "id" LIMIT 500`,
)

export const entriesSource: CalendarSource = {
  kind: 'entry',
  rows: ['entry'],
  sql: [`SELECT * FROM (${OWN_ENTRIES}) AS "entry_rows"`],
  async read({ payload, user, from, to }) {
    const { docs } = await payload.find({
      collection: 'calendar-entries',
      where: { and: [{ owner: { equals: user.id } }, inWindow('startsAt', { from, to })] },
      sort: 'startsAt',
      ...ONE_WINDOW,
      user,
      overrideAccess: false,
    })
    return (docs as CalendarEntry[]).map((e) => ({
      source: 'entry',
      id: e.id,
      title: e.title,
      at: e.startsAt,
      endsAt: e.endsAt ?? null,
      place: e.place ?? null,
      note: e.note ?? null,
      status: e.reminder ?? null,
      updatedAt: e.updatedAt ?? null,
      closesAt: null,
    }))
  },
  present: (rows) =>
    rows.map((e) =>
      calendarItem({
        kind: 'entry',
        id: e.id,
        title: e.title,
        startsAt: e.at as string,
        endsAt: e.endsAt,
        place: e.place,
        note: e.note,
        alarmMinutes: reminderMinutes(e.status as CalendarEntry['reminder']),
        updatedAt: e.updatedAt,
      }),
    ),
}
