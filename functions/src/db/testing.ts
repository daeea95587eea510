/** For the tests that read a hot path's query plan on this engine (SQLite, or PostgreSQL with TEST_POSTGRES_URL). */
import type { Payload } from 'payload'
import { sqlRunner } from './sql.ts'

interface PgPool {
  connect(): Promise<{
    query(text: string, args?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
    release(): void
  }>
}

/**
 * The plan of a statement as lines of text, with sample arguments. On PostgreSQL the planner's `shortcuts` are
 * turned off (`seqscan`, `bitmapscan`, `sort`…): on tiny unanalysed tables it rightly prefers them, and the test
 * asks whether the index path exists.
 */
export async function queryPlan(
  payload: Payload,
  statement: string,
  args: unknown[],
  shortcuts: string[],
): Promise<string[]> {
  const sql = sqlRunner(payload)!
  if (sql.engine === 'sqlite') {
    return (await sql(`EXPLAIN QUERY PLAN ${statement}`, args)).map((row) => String(row.detail))
  }
  const text = statement.replace(/\?(\d+)/g, '$$$1')
  const pool = (payload.db as unknown as { pool: PgPool }).pool
  const client = await pool.connect()
  try {
    for (const kind of shortcuts) await client.query(`SET enable_${kind} = off`)
    const { rows } = await client.query(`EXPLAIN ${text}`, args)
    return rows.map((row) => String(row['QUERY PLAN']))
  } finally {
    for (const kind of shortcuts) await client.query(`RESET enable_${kind}`)
    client.release()
  }
}
