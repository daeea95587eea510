/**
 * Raw SQL on the database Payload opened, for the hot paths that cannot afford Payload's find pipeline (hooks,
 * access, population): libsql's client on SQLite, the pool on PostgreSQL. Statements use `?` placeholders and
 * double-quoted names, which both engines read; `false`/`true` are literals on both (SQLite ≥ 3.23).
 */
import type { Payload } from 'payload'

export type SqlRow = Record<string, unknown>
export type SqlRunner = ((sql: string, args?: unknown[]) => Promise<SqlRow[]>) & {
  engine: 'sqlite' | 'postgres'
}

interface LibsqlClient {
  execute(statement: { sql: string; args: unknown[] }): Promise<{ rows: SqlRow[] }>
}
interface PgPool {
  query(text: string, values: unknown[]): Promise<{ rows: SqlRow[] }>
}

const numbered = new Map<string, string>()
/** `?` → `$1, $2…` for PostgreSQL, remembered per statement text (the hot path asks the same few). */
function postgresText(sql: string): string {
  let text = numbered.get(sql)
  if (text === undefined) {
    let n = 0
    text = sql.replace(/\?/g, () => `$${++n}`)
    numbered.set(sql, text)
  }
  return text
}

/** A runner for Payload's SQL database, or undefined on MongoDB (callers keep Payload's Local API there). */
export function sqlRunner(payload: Payload): SqlRunner | undefined {
  const db = payload.db as unknown as { name?: string; client?: LibsqlClient; pool?: PgPool }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return Object.assign(
      async (sql: string, args: unknown[] = []) => (await client.execute({ sql, args })).rows,
      {
        engine: 'sqlite' as const,
      },
    )
  }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return Object.assign(
      async (sql: string, args: unknown[] = []) => (await pool.query(postgresText(sql), args)).rows,
      {
        engine: 'postgres' as const,
      },
    )
  }
  return undefined
}

/** A stored date as ISO text: SQLite keeps Payload's ISO strings, pg answers `Date`s. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value.toISOString() : String(value)
}

/** A count as a number: pg answers `bigint` counts as strings. */
export const countOf = (value: unknown): number => Number(value ?? 0)
