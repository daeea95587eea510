/**
 * Writes a batch of inbox rows and answers which were new. On SQLite and PostgreSQL: one transaction of
 * multi-row INSERT … ON CONFLICT DO NOTHING on Payload's own tables (column names from its Drizzle schema);
 * elsewhere (MongoDB) Payload's adapter, row by row. Either way a row written twice stays one row.
 */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type Statement, sqlClient } from './sqlClient.ts'

export interface InboxRow {
  id: string
  notice: ID
  recipient: ID
  org: ID
  orgAncestors: ID[]
  branch: ID
  sentAt: string
}

/** Returns the ids of the rows this call wrote (rows already there are left alone and not returned). */
export type InboxWriter = (rows: InboxRow[]) => Promise<Set<string>>

/** Rows per INSERT: far below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export function inboxWriter(payload: Payload): InboxWriter {
  return sqlInboxWriter(payload) ?? adapterInboxWriter(payload)
}

export function sqlInboxWriter(payload: Payload): InboxWriter | undefined {
  const db = sqlClient(payload)
  if (!db) return undefined
  const inbox = db.table('inbox')
  const rels = `${inbox}_rels`
  const c = (key: string) => `"${db.column(inbox, key)}"`
  const r = (key: string) => `"${db.column(rels, key)}"`
  const columns = [
    'id',
    'notice',
    'recipient',
    'org',
    'branch',
    'sentAt',
    'read',
    'createdAt',
    'updatedAt',
  ].map(c)
  const row = `(${columns.map(() => '?').join(',')})`
  const asInt = (v: string) => (db.engine === 'postgres' ? `CAST(${v} AS integer)` : v)
  return async (rows) => {
    const now = new Date().toISOString()
    const statements: Statement[] = []
    for (const part of chunks(rows)) {
      statements.push({
        sql: `INSERT INTO "${inbox}" (${columns.join(',')}) VALUES ${part.map(() => row).join(',')} ON CONFLICT DO NOTHING RETURNING ${c('id')} AS id`,
        args: part.flatMap((x) => [x.id, x.notice, x.recipient, x.org, x.branch, x.sentAt, false, now, now]),
      })
    }
    // orgAncestors live in the relationships table. A row that already had its links (written in an earlier,
    // committed batch) is skipped; rows and links are written in one transaction, so none has half of them.
    // A row's links stay in one statement: the NOT EXISTS would see a first half and skip the second.
    // It probes by parent alone (orgAncestors is the table's only path): with `path` in it SQLite may pick
    // the path index, which matches every row, and the fan-out turns quadratic.
    for (const part of chunks(rows, 100)) {
      const links = part.flatMap((x) => x.orgAncestors.map((org, i) => [i + 1, x.id, org]))
      if (!links.length) continue
      statements.push({
        sql: `WITH v(o, p, g) AS (VALUES ${links.map(() => '(?,?,?)').join(',')})
          INSERT INTO "${rels}" (${r('order')}, ${r('parent')}, ${r('path')}, ${r('orgsID')})
          SELECT ${asInt('v.o')}, v.p, 'orgAncestors', ${asInt('v.g')} FROM v
          WHERE NOT EXISTS (SELECT 1 FROM "${rels}" x WHERE x.${r('parent')} = v.p)`,
        args: links.flat(),
      })
    }
    const results = await db.transaction(statements)
    const written = new Set<string>()
    for (const result of results.slice(0, Math.ceil(rows.length / CHUNK)))
      for (const { id } of result) written.add(String(id))
    return written
  }
}

/** The portable path: skip rows that exist, create the rest through Payload (hooks of `inbox` do nothing costly). */
export function adapterInboxWriter(payload: Payload): InboxWriter {
  return async (rows) => {
    const existing = await payload.find({
      collection: 'inbox',
      where: { id: { in: rows.map((r) => r.id) } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const have = new Set(existing.docs.map((d) => String(d.id)))
    const written = new Set<string>()
    for (const row of rows) {
      if (have.has(row.id)) continue
      await payload.create({
        collection: 'inbox',
        data: { ...row, read: false } as never,
        overrideAccess: true,
      })
      written.add(row.id)
    }
    return written
  }
}
