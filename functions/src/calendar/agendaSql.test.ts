/**
 * The agenda's statement is answered from indexes on this engine (SQLite by default, PostgreSQL with
 * TEST_POSTGRES_URL): each source's table is searched by the member's key, never scanned. PostgreSQL is asked with
 * sequential and bitmap scans off, as in the inbox's test: on tiny unanalysed tables it rightly prefers them.
 */
import { testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sqlRunner } from '../db/sql.ts'
import { queryPlan } from '../db/testing.ts'
import { AGENDA } from './agendaSql.ts'

let payload: Payload
const PLANNER_SHORTCUTS = ['seqscan', 'bitmapscan']

const plan = async (statement: string, args: unknown[]) =>
  (await queryPlan(payload, statement, args, PLANNER_SHORTCUTS)).join('\n')

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
