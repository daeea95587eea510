/**
 * The inbox page's statements are answered from indexes on this engine (SQLite by default, PostgreSQL with
 * TEST_POSTGRES_URL): no full scan of the inbox and no sort of a member's rows. PostgreSQL is asked with
 * sequential and bitmap scans and sorts off: on a small test table those are cheaper and the planner rightly
 * takes them, so the test asks whether the index path exists (a sort it cannot avoid still shows).
 */
import { testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sqlRunner } from '../db/sql.ts'
import { queryPlan } from '../db/testing.ts'
import { PAGE_STATEMENTS } from './queries.ts'

let payload: Payload
/** What PostgreSQL's planner rightly prefers on a tiny, unanalysed table; off, it shows the index path that exists. */
const PLANNER_SHORTCUTS = ['seqscan', 'bitmapscan', 'sort']

/** The plan of a statement as lines of text, with sample arguments. */
const plan = (statement: string, args: unknown[]) => queryPlan(payload, statement, args, PLANNER_SHORTCUTS)

beforeAll(async () => {
  payload = await testPayload()
})

describe('the inbox page’s query plans', () => {
  // The member, the page's offset and length, the excerpt's length (`?1`…`?4`).
  const cases: [keyof typeof PAGE_STATEMENTS, unknown[]][] = [
    ['counts', [1]],
    ['unread', [1, 0, 20]],
    ['read', [1, 0, 20]],
    ['page', [1, 0, 20, 161]],
  ]
  for (const [name, args] of cases) {
    it(`${name}: the member's rows through an index, never a scan of the inbox`, async () => {
      const text = (await plan(PAGE_STATEMENTS[name], args)).join('\n')
      if (process.env.SHOW_PLANS) console.log(name, text)
      const sqlite = sqlRunner(payload)!.engine === 'sqlite'
      if (sqlite) {
        expect(text).not.toMatch(/SCAN inbox\b/)
        expect(text).toMatch(/SEARCH inbox USING (COVERING )?INDEX/)
      } else {
        expect(text).not.toMatch(/Seq Scan on inbox/)
        expect(text).toMatch(/Index (Only )?Scan( Backward)? using \S+ on inbox/)
      }
      if (name === 'unread' || name === 'read') {
        // Each slice is read in its order straight off the index: nothing of the member's is sorted.
        expect(text).toMatch(/recipient_read_sentAt_idx/)
        expect(text).not.toMatch(sqlite ? /TEMP B-TREE/ : /\bSort\b/)
      }
      // The unread count and both slices (the total may come from the recipient's own index).
      if (name === 'page') expect(text.match(/recipient_read_sentAt_idx/g)?.length).toBeGreaterThanOrEqual(3)
    })
  }
})
