/** The member's own entries: the rows they own (`ownCalendar`), in the window. */
import type { CalendarEntry } from '@sotay/cms'
import { reminderMinutes } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem, inWindow, isoOf, ONE_WINDOW, type SourceQuery } from '../item.ts'

type EntryRow = Pick<
  CalendarEntry,
  'id' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'note' | 'reminder'
> & {
  updatedAt?: string | null
}

async function entryRows({ payload, db, user, from, to }: SourceQuery): Promise<EntryRow[]> {
  if (db) {
    const { sql } = db
    const e = db.table('calendar-entries')
    const rows = await db.rows(
      sql`select ${e.id} as "id", ${e.title} as "title", ${e.startsAt} as "startsAt", ${e.endsAt} as "endsAt",
        ${e.place} as "place", ${e.note} as "note", ${e.reminder} as "reminder", ${e.updatedAt} as "updatedAt"
        from ${e} where ${e.owner} = ${user.id} and ${e.startsAt} >= ${from.toISOString()}
        and ${e.startsAt} < ${to.toISOString()} order by ${e.startsAt} limit 500`,
    )
    return rows.map((r) => ({
      ...(r as unknown as EntryRow),
      startsAt: isoOf(r.startsAt) as string,
      endsAt: isoOf(r.endsAt),
      updatedAt: isoOf(r.updatedAt),
    }))
  }
  const { docs } = await payload.find({
    collection: 'calendar-entries',
    where: {
      and: [{ owner: { equals: user.id } }, inWindow('startsAt', { from, to })],
    },
    sort: 'startsAt',
    ...ONE_WINDOW,
    user,
    overrideAccess: false,
  })
  return docs as CalendarEntry[]
}

export const entriesSource: CalendarSource = {
  kind: 'entry',
  async items(query) {
    return (await entryRows(query)).map((e) =>
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
