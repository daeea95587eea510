/**
 * Raw reads on the database Payload opened, for the hot paths that cannot afford Payload's find pipeline (hooks,
 * access, population): on a SQLite file, a read-only connection of its own whose statements are prepared once
 * (libsql's client prepares every statement anew, most of a small query's cost); the pool on PostgreSQL.
 * Statements use `?` or numbered `?1` placeholders and double-quoted names, which both engines read; `false`/`true`
 * are literals on both (SQLite ≥ 3.23). Reads only: every write goes through Payload.
 */
import Database from 'libsql'
import type { Payload } from 'payload'

export type SqlRow = Record<string, unknown>
export type SqlRunner = ((sql: string, args?: unknown[]) => Promise<SqlRow[]>) & {
  engine: 'sqlite' | 'postgres'
}

interface LibsqlClient {
  execute(statement: { sql: string; args: unknown[] }): Promise<{ rows: SqlRow[] }>
}
interface PgPool {
  query(query: { name: string; text: string; values: unknown[] }): Promise<{ rows: SqlRow[] }>
}

interface PostgresStatement {
  name: string
  text: string
}
const postgresStatements = new Map<string, PostgresStatement>()
/**
 * A statement for PostgreSQL, remembered per text (the hot paths ask the same few): `?` → `$1, $2…`, `?1` → `$1`,
 * and a name, so each pooled connection parses and plans it once and then only binds and executes.
 */
function postgresStatement(sql: string): PostgresStatement {
  let statement = postgresStatements.get(sql)
  if (statement === undefined) {
    let n = 0
    const text = sql.replace(/\?(\d*)/g, (_, number: string) => `$${number || ++n}`)
    statement = { name: `sotay_read_${postgresStatements.size + 1}`, text }
    postgresStatements.set(sql, statement)
  }
  return statement
}

/**
 * Reads on the SQLite file at `url` (`file:…`) through a read-only connection with a statement cache. WAL lets it
 * read while Payload's connection writes, and it sees every committed write. Undefined for other URLs.
 */
function fileReader(url: string | undefined): SqlRunner | undefined {
  if (!url?.startsWith('file:') || url.includes(':memory:')) return undefined
  const db = new Database(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''), { readonly: true })
  db.pragma('busy_timeout = 5000')
  const prepared = new Map<string, ReturnType<typeof db.prepare>>()
  return Object.assign(
    async (sql: string, args: unknown[] = []) => {
      let statement = prepared.get(sql)
      if (!statement) {
        statement = db.prepare(sql)
        prepared.set(sql, statement)
      }
      return statement.all(args) as SqlRow[]
    },
    { engine: 'sqlite' as const },
  )
}

const runners = new WeakMap<Payload, SqlRunner | undefined>()

/** The reader of Payload's SQL database (one per Payload), or undefined on MongoDB (callers keep the Local API). */
export function sqlRunner(payload: Payload): SqlRunner | undefined {
  if (!runners.has(payload)) runners.set(payload, openRunner(payload))
  return runners.get(payload)
}

function openRunner(payload: Payload): SqlRunner | undefined {
  const db = payload.db as unknown as {
    name?: string
    client?: LibsqlClient
    clientConfig?: { url?: string }
    pool?: PgPool
  }
  if (db.name === 'sqlite' && db.client) {
    const reader = fileReader(db.clientConfig?.url)
    if (reader) return reader
    const client = db.client
    return Object.assign(
      async (sql: string, args: unknown[] = []) => (await client.execute({ sql, args })).rows,
      {
        engine: 'sqlite' as const,
      },
    )
  }
  if (db.name === 'postgres' && db.pool) return poolReader(db.pool)
  return undefined
}

function poolReader(pool: PgPool): SqlRunner {
  return Object.assign(
    async (sql: string, args: unknown[] = []) =>
      (await pool.query({ ...postgresStatement(sql), values: args })).rows,
    { engine: 'postgres' as const },
  )
}

/**
 * The same reader from DATABASE_URL, for a process that has not opened Payload (the Lambda entry's hot path): a
 * small pool of its own on PostgreSQL, the read-only connection on a SQLite file; undefined otherwise.
 */
export async function sqlRunnerOfUrl(url: string | undefined): Promise<SqlRunner | undefined> {
  if (!url?.startsWith('postgres://') && !url?.startsWith('postgresql://')) return fileReader(url)
  const { default: pg } = await import('pg')
  // One request at a time per Lambda instance; the second connection covers an answer that overlaps the next.
  return poolReader(new pg.Pool({ connectionString: url, max: 2 }))
}

/** A stored date as ISO text: SQLite keeps Payload's ISO strings, pg answers `Date`s. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value.toISOString() : String(value)
}
