/** Reading the roll-ups: an org's own row and its children's, summed over days, or one day's snapshot. */
import type { ID } from '@sotay/content-schemas'
import { num, type ReportDb, type Row } from '../sql.ts'
import { FLOW_COUNTERS, type RollupCounter, SNAPSHOT_COUNTERS } from './counters.ts'

const sums = (db: ReportDb, counters: readonly RollupCounter[]) => {
  const r = db.table('report-days')
  return db.sql.join(
    counters.map((c) => db.sql`sum(${r[c]}) as ${db.sql.identifier(c)}`),
    db.sql`, `,
  )
}

/** Per org (the root and each child), the flows of the days from…to added up. */
export function flowsUnder(db: ReportDb, root: ID, from: string, to: string): Promise<Row[]> {
  const { sql } = db
  const r = db.table('report-days')
  return db.rows(sql`select ${r.org} as "org", ${sums(db, FLOW_COUNTERS)} from ${r}
    where ${r.kind} = 'flows' and ${r.day} >= ${from} and ${r.day} <= ${to}
    and (${r.org} = ${root} or ${r.parent} = ${root}) group by ${r.org}`)
}

/** Per org (the root and each child), the snapshot of one day. */
export function snapshotUnder(db: ReportDb, root: ID, day: string): Promise<Row[]> {
  const { sql } = db
  const r = db.table('report-days')
  return db.rows(sql`select ${r.org} as "org", ${sums(db, SNAPSHOT_COUNTERS)} from ${r}
    where ${r.kind} = 'snapshot' and ${r.day} = ${day} and (${r.org} = ${root} or ${r.parent} = ${root})
    group by ${r.org}`)
}

/** The last day on or before `to` with a snapshot of `root`, else the first after it; null when none. */
export async function snapshotDay(db: ReportDb, root: ID, to: string): Promise<string | null> {
  const { sql } = db
  const r = db.table('report-days')
  const where = sql`${r.kind} = 'snapshot' and ${r.org} = ${root}`
  const [before] = await db.rows(
    sql`select max(${r.day}) as "day" from ${r} where ${where} and ${r.day} <= ${to}`,
  )
  if (before?.day) return String(before.day)
  const [after] = await db.rows(
    sql`select min(${r.day}) as "day" from ${r} where ${where} and ${r.day} > ${to}`,
  )
  return after?.day ? String(after.day) : null
}

/** The root's flows per month and its snapshots per day, over a range of days (the trend). */
export async function monthsOf(db: ReportDb, root: ID, from: string, to: string) {
  const { sql } = db
  const r = db.table('report-days')
  const month = sql`substr(${r.day}, 1, 7)`
  const [flows, snapshots] = await Promise.all([
    db.rows(sql`select ${month} as "month", ${sums(db, FLOW_COUNTERS)} from ${r}
      where ${r.kind} = 'flows' and ${r.org} = ${root} and ${r.day} >= ${from} and ${r.day} <= ${to}
      group by ${month}`),
    db.rows(sql`select ${r.day} as "day", ${sums(db, SNAPSHOT_COUNTERS)} from ${r}
      where ${r.kind} = 'snapshot' and ${r.org} = ${root} and ${r.day} >= ${from} and ${r.day} <= ${to}
      group by ${r.day} order by ${r.day}`),
  ])
  return { flows, snapshots }
}

export const countersOf = (row: Row | undefined, counters: readonly RollupCounter[]) =>
  Object.fromEntries(counters.map((c) => [c, num(row?.[c])]))
