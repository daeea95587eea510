/** The recipients' keyset read on SQLite and PostgreSQL, through Payload's Drizzle tables: one indexed range scan per batch. */
import { type ID, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { drizzleAdapterOf, sqlOf, tableOf } from '../../../db/bulk/drizzle.ts'
import { type BatchReader, matches, type Narrowing } from './recipients.ts'

export function sqlBatchReader(
  payload: Payload,
  orgIds: ID[],
  narrowing: Narrowing,
): BatchReader | undefined {
  const db = drizzleAdapterOf(payload)
  if (!db) return undefined
  if (!orgIds.length) return async () => ({ recipients: [], last: undefined })
  const { table: users } = tableOf(db, 'users')
  const { table: grants } = tableOf(db, 'users_grants')
  const op = db.operators
  const named = narrowing.users.length && !narrowing.roles.length ? narrowing.users : []
  const sql = sqlOf(db)
  const filter = [
    // `+org` keeps the planner off the org index: with it, each batch gathered and sorted every remaining
    // recipient (quadratic over a province); walking the primary key reads each user once over the whole run.
    sql`+${users.org} in ${orgIds}`,
    op.or(op.isNull(users.status), op.not_in(users.status, NOT_RECIPIENT_STATUSES)),
    ...(named.length ? [op.in(users.id, named)] : []),
  ]
  const narrowed = narrowing.roles.length > 0 || narrowing.users.length > 0
  return async (after, size) => {
    const rows = (await db.drizzle
      .select({ id: users.id, org: users.org, email: users.email })
      .from(users)
      .where(op.and(...filter, ...(after === undefined ? [] : [op.greater_than(users.id, after)])))
      .orderBy(users.id)
      .limit(size)) as { id: ID; org: ID; email: string | null }[]
    const last = rows.at(-1)?.id
    if (!narrowed || !rows.length) return { recipients: rows, last }
    // Roles are grants: read them for this batch only.
    const held = await db.drizzle
      .select({ parent: grants._parentID, role: grants.role })
      .from(grants)
      .where(
        op.in(
          grants._parentID,
          rows.map((r) => r.id),
        ),
      )
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
