/** The recipients' keyset read in plain SQL (SQLite, PostgreSQL): one indexed range scan per batch. */
import { type ID, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { BatchReader, Narrowing } from './recipients.ts'
import { matches } from './recipients.ts'
import { sqlClient } from './sqlClient.ts'

export function sqlBatchReader(
  payload: Payload,
  orgIds: ID[],
  narrowing: Narrowing,
): BatchReader | undefined {
  const db = sqlClient(payload)
  if (!db) return undefined
  const users = db.table('users')
  const grants = db.table('users_grants')
  const u = (key: string) => `"${db.column(users, key)}"`
  const g = (key: string) => `"${db.column(grants, key)}"`
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(',')
  const named = narrowing.users.length && !narrowing.roles.length ? narrowing.users : []
  const filter = [
    `${u('org')} IN (${marks(orgIds.length)})`,
    `(${u('status')} IS NULL OR ${u('status')} NOT IN (${marks(NOT_RECIPIENT_STATUSES.length)}))`,
    ...(named.length ? [`${u('id')} IN (${marks(named.length)})`] : []),
  ]
  const fixedArgs = [...orgIds, ...NOT_RECIPIENT_STATUSES, ...named]
  const narrowed = narrowing.roles.length > 0 || narrowing.users.length > 0
  return async (after, size) => {
    const rows = (await db.query({
      sql: `SELECT ${u('id')} AS id, ${u('org')} AS org, ${u('email')} AS email FROM "${users}"
        WHERE ${[...filter, ...(after === undefined ? [] : [`${u('id')} > ?`])].join(' AND ')}
        ORDER BY ${u('id')} LIMIT ?`,
      args: [...fixedArgs, ...(after === undefined ? [] : [after]), size],
    })) as { id: ID; org: ID; email: string | null }[]
    const last = rows.at(-1)?.id
    if (!narrowed || !rows.length) return { recipients: rows, last }
    // Roles are grants: read them for this batch only.
    const held = await db.query({
      sql: `SELECT ${g('_parentID')} AS parent, ${g('role')} AS role FROM "${grants}" WHERE ${g('_parentID')} IN (${marks(rows.length)})`,
      args: rows.map((r) => r.id),
    })
    const byUser = new Map<string, { role: string }[]>()
    for (const { parent, role } of held) {
      const list = byUser.get(String(parent)) ?? []
      list.push({ role: String(role) })
      byUser.set(String(parent), list)
    }
    return {
      recipients: rows.filter((r) =>
        matches({ id: r.id, grants: byUser.get(String(r.id)) ?? [] }, narrowing),
      ),
      last,
    }
  }
}
