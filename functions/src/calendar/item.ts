/** One item of "Lịch của tôi", whatever its source, and the one way a source's row becomes one. */

import {
  CALENDAR_ITEM_KINDS,
  type CalendarItemKind,
  type ID,
  viDate,
  vietnamDayKey,
  viTime,
  viWeekday,
} from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import type { SignedInUser } from '../session/member.ts'
import type { CalendarItem } from './schemas.ts'

/** The agenda's days: [from, to). */
export interface AgendaWindow {
  from: Date
  to: Date
}

/** Where there is no SQL (MongoDB): Payload's Local API, read as this person. */
export interface PayloadQuery extends AgendaWindow {
  payload: Payload
  /** Read as this person (`overrideAccess: false`): a source shows only what they may see. */
  user: SignedInUser
}

/**
 * One row of a source, the same columns from its SQL and from its Payload reading: `at` is when it happens (a
 * start, a deadline, a study window's opening), `status` the source's own (reminder, status, quiz kind).
 */
export interface SourceRow {
  source: string
  id: ID
  title: string
  at: string | null
  endsAt: string | null
  place: string | null
  note: string | null
  status: string | null
  updatedAt: string | null
  closesAt: string | null
}

/** A date field inside the window, as Payload's `where` (the reading on an engine without SQL). */
export const inWindow = (field: string, { from, to }: AgendaWindow): Where => ({
  and: [
    { [field]: { greater_than_equal: from.toISOString() } },
    { [field]: { less_than: to.toISOString() } },
  ],
})

/** One query, no count: a calendar window never holds more. */
export const ONE_WINDOW = { depth: 0, limit: 500, pagination: false } as const

/** A timestamp as the API writes it: PostgreSQL answers `Date`s (or `2026-12-08 03:00:00+00`), SQLite ISO text. */
export const isoOf = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : new Date(value as string).toISOString()

type Column = keyof Omit<SourceRow, 'source'>
const TEXT: Column[] = ['title', 'place', 'note', 'status']
const COLUMNS: Column[] = ['id', 'title', 'at', 'endsAt', 'place', 'note', 'status', 'updatedAt', 'closesAt']

/**
 * One source's SELECT for the agenda's one statement, its columns in `SourceRow`'s order. Text is cast to text and
 * a missing column is a typed NULL, so PostgreSQL can stack the branches (its enums and a bare NULL would not).
 */
export function sourceSelect(source: string, columns: Partial<Record<Column, string>>, rest: string): string {
  const list = COLUMNS.map((name) => {
    const column = columns[name]
    const value = TEXT.includes(name)
      ? `CAST(${column ?? 'NULL'} AS text)`
      : (column ?? (name === 'id' ? 'NULL' : 'CAST(NULL AS timestamptz)'))
    return `${value} AS "${name}"`
  })
  return `SELECT '${source}' AS "source", ${list.join(', ')} ${rest}`
}

/** A source of calendar items (entries, meetings, task deadlines, study windows): one small file each. */
export interface CalendarSource {
  kind: CalendarItemKind
  /** The `source` its rows carry. */
  rows: string[]
  /** Its branches of the agenda's statement (`?1` the member, `?2`/`?3` the window), each `SELECT * FROM (…)`. */
  sql: string[]
  /** Its rows through Payload, as the member (MongoDB). */
  read(query: PayloadQuery): Promise<SourceRow[]>
  /** Its items from its rows. */
  present(rows: SourceRow[], window: AgendaWindow): CalendarItem[]
}

export interface ItemFields {
  kind: CalendarItemKind
  id: ID
  title: string
  startsAt: string
  endsAt?: string | null
  place?: string | null
  note?: string | null
  cancelled?: boolean
  statusLabel?: string | null
  alarmMinutes?: number
  updatedAt?: string | null
  /** Where the member app opens it. */
  link?: string | null
}

export function calendarItem(fields: ItemFields): CalendarItem {
  return {
    uid: `${fields.kind}-${fields.id}`,
    kind: fields.kind,
    kindLabel: CALENDAR_ITEM_KINDS.find((k) => k.value === fields.kind)?.label.vi ?? '',
    id: fields.id,
    title: fields.title,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt ?? null,
    day: vietnamDayKey(fields.startsAt),
    dateLabel: viDate(fields.startsAt),
    weekday: viWeekday(fields.startsAt),
    timeLabel: fields.endsAt
      ? `${viTime(fields.startsAt)}–${viTime(fields.endsAt)}`
      : viTime(fields.startsAt),
    place: fields.place ?? null,
    note: fields.note ?? null,
    cancelled: Boolean(fields.cancelled),
    statusLabel: fields.statusLabel ?? null,
    alarmMinutes: fields.alarmMinutes ?? 0,
    updatedAt: fields.updatedAt ?? null,
    link: fields.link ?? null,
  }
}
