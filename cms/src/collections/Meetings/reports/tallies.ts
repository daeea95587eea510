/**
 * Attendance counted by the database (GROUP BY), for the reports over a province's month or a cell's year: the
 * rows never travel to JS. The expressions mirror `presenceOf` in content-schemas: present is any check-in; the
 * exempt who stayed away are not expected; absent without good reason is no check-in, not exempt, and no "Vắng"
 * reply with a reason. Without a SQL engine they fall back to reading the rows and counting them the same way.
 */
import { countPresence, type ID, PAST_PREFIX, presenceOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import {
  type Column,
  type DrizzleAdapter,
  drizzleAdapterOf,
  sqlOf,
  type Table,
  tableOf,
} from '../../../db/bulk/drizzle.ts'
import { attendanceRows } from './rows.ts'

export interface Tally {
  invited: number
  present: number
  expected: number
}

const CHUNK = 500

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK))
  return out
}

function add(into: Map<string, Tally>, key: string, t: Tally): void {
  const seen = into.get(key)
  if (!seen) into.set(key, { ...t })
  else {
    seen.invited += t.invited
    seen.present += t.present
    seen.expected += t.expected
  }
}

/** One group's invited, present and exempt-away counts, over the attendance table. */
function tallyColumns(db: DrizzleAdapter, table: Table, key: Column) {
  const sql = sqlOf(db)
  return {
    key,
    invited: sql`count(*)`,
    present: sql`sum(case when ${table.checkedInAt} is not null then 1 else 0 end)`,
    exemptAway: sql`sum(case when ${table.checkedInAt} is null and ${table.exempt} then 1 else 0 end)`,
  }
}

/** Adds grouped rows; PostgreSQL answers count and sum as strings (bigint, numeric). */
function addRows(into: Map<string, Tally>, found: Record<string, unknown>[]): void {
  for (const r of found) {
    const invited = Number(r.invited)
    add(into, String(r.key), {
      invited,
      present: Number(r.present),
      expected: invited - Number(r.exemptAway),
    })
  }
}

/** Invited / present / expected of the given meetings, grouped by meeting or by member. */
export async function tallyBy(
  payload: Payload,
  key: 'meeting' | 'member',
  meetingIds: ID[],
): Promise<Map<string, Tally>> {
  const out = new Map<string, Tally>()
  const db = drizzleAdapterOf(payload)
  if (!db) {
    const byKey = new Map<string, Awaited<ReturnType<typeof attendanceRows>>>()
    for (const row of await attendanceRows(payload, meetingIds))
      byKey.set(String(row[key]), [...(byKey.get(String(row[key])) ?? []), row])
    for (const [k, rows] of byKey) add(out, k, countPresence(rows, true))
    return out
  }
  const { table } = tableOf(db, 'meeting-attendance')
  for (const chunk of chunks(meetingIds)) {
    const found = await db.drizzle
      .select(tallyColumns(db, table, table[key]))
      .from(table)
      .where(db.operators.in(table.meeting, chunk))
      .groupBy(table[key])
    addRows(out, found)
  }
  return out
}

/**
 * Invited / present / expected per meeting of a month's regular meetings under `paths`: one statement grouped
 * by meeting over the attendance rows' own path range, the meetings picked by a subquery (no id list sent).
 * `meetingIds` are the same meetings, for the engines without SQL.
 */
export async function monthTallies(
  payload: Payload,
  paths: string[],
  month: string,
  meetingIds: ID[],
): Promise<Map<string, Tally>> {
  const db = drizzleAdapterOf(payload)
  if (!db || !paths.length) return tallyBy(payload, 'meeting', meetingIds)
  const { table } = tableOf(db, 'meeting-attendance')
  const { table: meetings } = tableOf(db, 'meetings')
  const sql = sqlOf(db)
  const out = new Map<string, Tally>()
  for (const path of paths) {
    const end = `${path}${PAST_PREFIX}`
    const found = await db.drizzle
      .select(tallyColumns(db, table, table.meeting))
      .from(table)
      .where(
        sql`${table.orgPath} >= ${path} and ${table.orgPath} < ${end} and ${table.meeting} in (select ${meetings.id} from ${meetings} where ${meetings.month} = ${month} and ${meetings.kind} = 'thuong-ky' and ${meetings.status} <> 'cancelled' and ${meetings.orgPath} >= ${path} and ${meetings.orgPath} < ${end})`,
      )
      .groupBy(table.meeting)
    addRows(out, found)
  }
  return out
}

/** The (member, meeting) pairs of an absence without good reason at the given meetings: only those rows are read. */
export async function unexcusedOf(
  payload: Payload,
  meetingIds: ID[],
): Promise<{ member: ID; meeting: ID }[]> {
  const db = drizzleAdapterOf(payload)
  if (!db)
    return (await attendanceRows(payload, meetingIds))
      .filter((row) => presenceOf(row, true) === 'unexcused')
      .map(({ member, meeting }) => ({ member, meeting }))
  const { table } = tableOf(db, 'meeting-attendance')
  const out: { member: ID; meeting: ID }[] = []
  for (const chunk of chunks(meetingIds))
    out.push(
      ...((await db.drizzle
        .select({ member: table.member, meeting: table.meeting })
        .from(table)
        .where(db.operators.and(db.operators.in(table.meeting, chunk), unexcused(db)))) as {
        member: ID
        meeting: ID
      }[]),
    )
  return out
}

// The reply is an enum on PostgreSQL: compared only when set, never coalesced to ''.
function unexcused(db: DrizzleAdapter) {
  const { table } = tableOf(db, 'meeting-attendance')
  const sql = sqlOf(db)
  return sql`${table.checkedInAt} is null and (${table.exempt} is null or not ${table.exempt}) and not (${table.reply} is not null and ${table.reply} = 'absent' and trim(coalesce(${table.reason}, '')) <> '')`
}
