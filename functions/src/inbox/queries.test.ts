/**
 * The inbox page's statements are answered from indexes on this engine (SQLite by default, PostgreSQL with
 * TEST_POSTGRES_URL): no full scan of the inbox and no sort of a member's rows. PostgreSQL is asked with
 * sequential scans off, because on a small test table a scan is cheaper and the planner rightly takes it.
 */
import { testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sqlRunner } from '../db/sql.ts'
import { PAGE_STATEMENTS } from './queries.ts'

let payload: Payload

interface PgPool {
  connect(): Promise<{
    query(text: string, args?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
    release(): void
  }>
}

/** The plan of a statement as lines of text, with sample arguments. */
async function plan(statement: string, args: unknown[]): Promise<string[]> {
  const sql = sqlRunner(payload)!
  if (sql.engine === 'sqlite') {
    return (await sql(`EXPLAIN QUERY PLAN ${statement}`, args)).map((row) => String(row.detail))
  }
  let n = 0
  const text = statement.replace(/\?/g, () => `$${++n}`)
  const pool = (payload.db as unknown as { pool: PgPool }).pool
  const client = await pool.connect()
  try {
    await client.query('SET enable_seqscan = off')
    const { rows } = await client.query(`EXPLAIN ${text}`, args)
    return rows.map((row) => String(row['QUERY PLAN']))
  } finally {
    await client.query('RESET enable_seqscan')
    client.release()
  }
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('the inbox page’s query plans', () => {
  const cases: [keyof typeof PAGE_STATEMENTS, unknown[]][] = [
    ['counts', [1, 1]],
    ['unread', [161, 1, 20, 0]],
    ['read', [161, 1, 20, 0]],
  ]
  for (const [name, args] of cases) {
    it(`${name}: the inbox through an index, nothing sorted`, async () => {
      const lines = await plan(PAGE_STATEMENTS[name], args)
      const text = lines.join('\n')
      if (sqlRunner(payload)!.engine === 'sqlite') {
        expect(text).not.toMatch(/SCAN (inbox|i)\b/)
        expect(text).not.toMatch(/TEMP B-TREE/)
        expect(text).toMatch(/SEARCH (inbox|i) USING (COVERING )?INDEX/)
      } else {
        expect(text).not.toMatch(/Seq Scan on inbox/)
        expect(text).not.toMatch(/\bSort\b/)
        expect(text).toMatch(/Index (Only )?Scan( Backward)? using \S+ on inbox/)
      }
      if (name !== 'counts') expect(text).toMatch(/recipient_read_sentAt_idx/)
    })
  }
})
