/** One item of "Lịch của tôi", whatever its source, and the one way a source's row becomes one. */

import type { ReportDb } from '@sotay/cms/reports'
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

export interface SourceQuery {
  payload: Payload
  /** Read as this person (`overrideAccess: false`): a source shows only what they may see. */
  user: SignedInUser
  from: Date
  to: Date
  /**
   * Payload's SQL tables, when it runs on SQLite or PostgreSQL: the hot path reads them directly with the same
   * conditions the access rules give the member (Payload's per-document work was most of an agenda's cost).
   */
  db: ReportDb | null
}

/** A date field inside the window, as Payload's `where` (the reading on an engine without SQL). */
export const inWindow = (field: string, { from, to }: Pick<SourceQuery, 'from' | 'to'>): Where => ({
  and: [
    { [field]: { greater_than_equal: from.toISOString() } },
    { [field]: { less_than: to.toISOString() } },
  ],
})

/** One query, no count: a calendar window never holds more. */
export const ONE_WINDOW = { depth: 0, limit: 500, pagination: false } as const

/** A timestamp as the API writes it: PostgreSQL answers `2026-12-08 03:00:00+00`, SQLite the stored ISO text. */
export const isoOf = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : new Date(value as string).toISOString()

/** A source of calendar items (entries, meetings, task deadlines; study deadlines next): one small file each. */
export interface CalendarSource {
  kind: CalendarItemKind
  items(query: SourceQuery): Promise<CalendarItem[]>
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
