/**
 * The agenda's statement is answered from indexes on this engine (SQLite by default, PostgreSQL with
 * TEST_POSTGRES_URL): each source's table is searched by the member's key, never scanned. PostgreSQL is asked with
 * sequential and bitmap scans off, as in the inbox's test: on tiny unanalysed tables it rightly prefers them.
 */
import { testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sqlRunner } from '../db/sql.ts'
import { AGENDA } from './agendaSql.ts'

let payload: Payload
const PLANNER_SHORTCUTS = ['seqscan', 'bitmapscan']

interface PgPool {
  connect(): Promise<{
    query(text: string, args?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
    release(): void
  }>
}

async function plan(statement: string, args: unknown[]): Promise<string> {
  const sql = sqlRunner(payload)!
  if (sql.engine === 'sqlite')
    return (await sql(`EXPLAIN QUERY PLAN ${statement}`, args)).map((row) => String(row.detail)).join('\n')
  const pool = (payload.db as unknown as { pool: PgPool }).pool
  const client = await pool.connect()
  try {
    for (const kind of PLANNER_SHORTCUTS) await client.query(`SET enable_${kind} = off`)
    const { rows } = await client.query(`EXPLAIN ${statement.replace(/\?(\d+)/g, '$$$1')}`, args)
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
  } finally {
    for (const kind of PLANNER_SHORTCUTS) await client.query(`RESET enable_${kind}`)
    client.release()
  }
}

beforeAll(async () => {
  payload = await testPayload()
})

describe('the agenda’s query plan', () => {
  const tables = [
    'calendar_entries',
    'meeting_attendance',
    'tasks',
    'quizzes',
    'surveys',
    'calendar_feeds',
    'users_grants',
    'users_rels',
  ]
  for (const [name, statement] of Object.entries(AGENDA)) {
    it(`${name}: every source's rows through an index, no table scanned`, async () => {
      const text = await plan(statement, [1, '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'])
      if (process.env.SHOW_PLANS) console.log(name, text)
      const sqlite = sqlRunner(payload)!.engine === 'sqlite'
      for (const table of [...tables, 'meetings', 'users']) {
        if (sqlite) expect(text).not.toMatch(new RegExp(`SCAN ${table}\\b`))
        else expect(text).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`))
      }
      for (const table of tables.filter((t) => name === 'screen' || t !== 'calendar_feeds')) {
        if (sqlite)
          expect(text).toMatch(new RegExp(`SEARCH ${table}\\b|SEARCH \\w+ USING (COVERING )?INDEX ${table}_`))
        else expect(text).toMatch(new RegExp(`Index (Only )?Scan( Backward)? using \\S+ on ${table}\\b`))
      }
      // The member's entries and tasks come off their compound (member, time) indexes.
      expect(text).toMatch(/owner_startsAt_idx/)
      expect(text).toMatch(/assignee_dueAt_idx/)
      expect(text).toMatch(/assigneeOrg_dueAt_idx/)
    })
  }
})
