/**
 * The reports' counting statements: GROUP BY on Payload's own tables through Drizzle, the same SQL text on SQLite
 * and PostgreSQL but for the month of a timestamp. A report reads one row per org (and month), never one per member.
 */
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import { chunks, type ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import {
  type Column,
  type DrizzleAdapter,
  drizzleAdapterOf,
  type Table,
  tableOf,
} from '../db/bulk/drizzle.ts'

export type Sql = typeof pgSql
export type Fragment = ReturnType<Sql>
export type Row = Record<string, unknown>

/** Orgs per statement: under both engines' parameter limits with room for the rest of the statement. */
const ORGS_PER_STATEMENT = 2000

export interface ReportDb {
  engine: 'sqlite' | 'postgres'
  sql: Sql
  /** A collection's table; in a statement it reads as its quoted name. */
  table(slug: string): Table
  /** "2026-12": the Vietnam month of a timestamp column. */
  month(column: Column | Fragment): Fragment
  /** "2026-12-07": the Vietnam day of a timestamp column. */
  day(column: Column | Fragment): Fragment
  /** Runs `build` for each slice of `orgs` (as an `IN (…)` list) and concatenates the rows. */
  perOrgs(orgs: ID[], build: (inOrgs: (column: Column | Fragment) => Fragment) => Fragment): Promise<Row[]>
  rows(query: Fragment): Promise<Row[]>
  /**
   * Runs `work` in one transaction: its statements are seen by other readers all at once or not at all (a
   * roll-up's delete and insert), on PostgreSQL by read committed, on SQLite by WAL's snapshot of the last commit.
   */
  transaction<T>(work: (tx: ReportDb) => Promise<T>): Promise<T>
}

interface RawDrizzle {
  execute?: (query: Fragment) => Promise<{ rows: Row[] }>
  all?: (query: Fragment) => Promise<Row[]>
  transaction<T>(work: (tx: RawDrizzle) => Promise<T>): Promise<T>
}

export function reportDb(payload: Payload): ReportDb {
  const db = drizzleAdapterOf(payload)
  if (!db) throw new Error('Báo cáo thống kê cần cơ sở dữ liệu SQLite hoặc PostgreSQL.')
  return readerOver(db, db.drizzle as unknown as RawDrizzle)
}

/** The reader on the adapter's own connection, or inside one of its transactions. */
function readerOver(db: DrizzleAdapter, raw: RawDrizzle): ReportDb {
  const sql = (db.name === 'postgres' ? pgSql : sqliteSql) as Sql
  const rows = async (query: Fragment): Promise<Row[]> =>
    db.name === 'postgres' ? ((await raw.execute?.(query))?.rows ?? []) : ((await raw.all?.(query)) ?? [])
  return {
    engine: db.name,
    sql,
    table: (slug) => tableOf(db, slug).table,
    month: (column) =>
      db.name === 'postgres'
        ? sql`to_char(${column} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`
        : sql`strftime('%Y-%m', ${column}, '+7 hours')`,
    day: (column) =>
      db.name === 'postgres'
        ? sql`to_char(${column} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`
        : sql`strftime('%Y-%m-%d', ${column}, '+7 hours')`,
    rows,
    async perOrgs(orgs, build) {
      const out: Row[] = []
      for (const slice of chunks(orgs, ORGS_PER_STATEMENT)) {
        const list = sql.join(
          slice.map((id) => sql`${id}`),
          sql`, `,
        )
        out.push(...(await rows(build((column) => sql`${column} in (${list})`))))
      }
      return out
    },
    transaction: (work) => raw.transaction((tx) => work(readerOver(db, tx))),
  }
}

/** The same reader, or null where Payload runs without SQL (MongoDB): callers then read through Payload. */
export const sqlReaderOf = (payload: Payload): ReportDb | null =>
  drizzleAdapterOf(payload) ? reportDb(payload) : null

/** Counts come back as strings from PostgreSQL's bigint. */
export const num = (value: unknown): number => Number(value ?? 0) || 0
