/**
 * Plain SQL on the database Payload already holds open (SQLite through libsql, PostgreSQL through pg): the
 * fan-out's hot path, where Payload's query building costs more than the work itself at 450,000 rows.
 */
import type { Payload } from 'payload'

export interface Statement {
  sql: string
  args: unknown[]
}

export interface SqlClient {
  engine: 'sqlite' | 'postgres'
  /** A column's name in the database, from Payload's own Drizzle table (so renames follow the schema). */
  column: (table: string, key: string) => string
  table: (slug: string) => string
  query: (statement: Statement) => Promise<Record<string, unknown>[]>
  /** All statements in one transaction; answers each one's rows. */
  transaction: (statements: Statement[]) => Promise<Record<string, unknown>[][]>
}

interface Adapter {
  name: string
  tables?: Record<string, Record<string, { name: string }>>
  tableNameMap?: Map<string, string>
  client?: {
    execute: (s: Statement) => Promise<{ rows: Record<string, unknown>[] }>
    batch: (s: Statement[], mode: 'write') => Promise<{ rows: Record<string, unknown>[] }[]>
  }
  pool?: {
    query: (sql: string, args: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
    connect: () => Promise<{
      query: (sql: string, args?: unknown[]) => Promise<{ rows: any[] }>
      release: () => void
    }>
  }
}

/** `?` placeholders become `$1, $2, …` for PostgreSQL. */
const numbered = (sql: string) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

export function sqlClient(payload: Payload): SqlClient | undefined {
  const db = payload.db as unknown as Adapter
  const tables = db.tables
  const names = db.tableNameMap
  if (!tables || !names) return undefined
  const table = (slug: string) => names.get(slug.replace(/-/g, '_')) ?? slug
  const column = (name: string, key: string) => {
    const col = tables[name]?.[key]
    if (!col?.name) throw new Error(`Không tìm thấy cột ${name}.${key}`)
    return col.name
  }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return {
      engine: 'sqlite',
      table,
      column,
      query: async (s) => (await client.execute(s)).rows,
      transaction: async (statements) => (await client.batch(statements, 'write')).map((r) => r.rows),
    }
  }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return {
      engine: 'postgres',
      table,
      column,
      query: async (s) => (await pool.query(numbered(s.sql), s.args)).rows,
      transaction: async (statements) => {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          const out: Record<string, unknown>[][] = []
          for (const s of statements) out.push((await client.query(numbered(s.sql), s.args)).rows)
          await client.query('COMMIT')
          return out
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {})
          throw error
        } finally {
          client.release()
        }
      },
    }
  }
  return undefined
}
