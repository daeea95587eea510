/**
 * The agenda in one SQL statement: every source's branches stacked (`UNION ALL`), each on its own index, with the
 * member's grants and lineage read inside it; for the agenda screen, one row more when their feed link is live.
 */
import type { ID } from '@sotay/content-schemas'
import type { SqlRunner } from '../db/sql.ts'
import { type AgendaWindow, type CalendarSource, isoOf, type SourceRow, sourceSelect } from './item.ts'
import type { CalendarItem } from './schemas.ts'
import { CALENDAR_SOURCES } from './sources/index.ts'

const LIVE_FEED = `SELECT * FROM (${sourceSelect(
  'feed',
  { id: '"id"' },
  `FROM "calendar_feeds" WHERE "owner_id" = ?1 AND "revoked_at" IS NULL LIMIT 1`,
)}) AS "feed_row"`

const stacked = (branches: string[]) => branches.join('\nUNION ALL\n')
const SOURCES = CALENDAR_SOURCES.flatMap((source) => source.sql)
/** The feed's statement (the sources) and the screen's (and whether a feed link is live). */
export const AGENDA = { feed: stacked(SOURCES), screen: stacked([...SOURCES, LIVE_FEED]) }

/** Every source's items in the window, by time (a tie keeps the sources' order). */
export function arrange(lists: CalendarItem[][]): CalendarItem[] {
  return lists.flat().sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
}

const sourceOf = new Map<string, CalendarSource>(
  CALENDAR_SOURCES.flatMap((source) => source.rows.map((name) => [name, source] as const)),
)

/** The member's agenda read in SQL: the items, and whether their feed link is live (the screen's statement). */
export async function sqlAgenda(
  sql: SqlRunner,
  member: ID,
  window: AgendaWindow,
  statement: string = AGENDA.screen,
): Promise<{ items: CalendarItem[]; feedActive: boolean }> {
  const found = await sql(statement, [member, window.from.toISOString(), window.to.toISOString()])
  const bySource = new Map<CalendarSource, SourceRow[]>(CALENDAR_SOURCES.map((source) => [source, []]))
  let feedActive = false
  for (const row of found) {
    const source = sourceOf.get(String(row.source))
    if (!source) {
      feedActive = true
      continue
    }
    bySource.get(source)?.push({
      source: String(row.source),
      id: row.id as ID,
      title: String(row.title ?? ''),
      at: isoOf(row.at),
      endsAt: isoOf(row.endsAt),
      place: (row.place as string | null) ?? null,
      note: (row.note as string | null) ?? null,
      status: (row.status as string | null) ?? null,
      updatedAt: isoOf(row.updatedAt),
      closesAt: isoOf(row.closesAt),
    })
  }
  const items = arrange(CALENDAR_SOURCES.map((source) => source.present(bySource.get(source) ?? [], window)))
  return { items, feedActive }
}
