/**
 * Set-wise rewrites of stored lineage: a few statements per table and owner (DELETE the old links, INSERT …
 * SELECT one level of the new lineage for all the owner's rows at once, UPDATE the owning column), never a
 * document at a time through hooks, so ten thousand members take seconds. The cells a merge or a move carries
 * are rewritten together: a few statements per table, not a few per table and cell. Hooks do not run: the statements
 * write exactly what `setOrgAncestors` and its kin would.
 */
import { type ID, pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { QueryBuilder } from '../../../db/bulk/drizzle.ts'
import { type LineageSet, type OrgColumn, type Owners, sqlAdapterOf, sqlId } from './lineageSets.ts'

type Execute = (args: { drizzle?: QueryBuilder; raw: string }) => Promise<{ rows?: unknown[] }>

/** One owner's rows and the lineage they get: `lineage` is the new owner's, from the root down to it. */
export interface OwnerRewrite {
  owners: Owners
  newOwner: ID
  lineage: ID[]
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/** Payload's raw-SQL door; outside a transaction it needs the adapter's own Drizzle handed in. */
function executor(payload: Payload): Execute {
  const execute = (payload.db as unknown as { execute: Execute }).execute.bind(payload.db)
  const db = sqlAdapterOf(payload)
  return ({ drizzle, raw }) => execute({ drizzle: drizzle ?? db.drizzle, raw })
}

/** How many rows of the set the owners hold now (the dry run's counts, the progress). */
export async function countRows(payload: Payload, set: LineageSet, owners: Owners): Promise<number> {
  const where = set.rowsOf(owners)
  if (!where) return 0
  return countOf(await executor(payload)({ raw: `SELECT COUNT(*) AS n FROM "${set.table}" WHERE ${where}` }))
}

/**
 * Orgs that keep themselves as owner and share a parent lineage (the cells a merge or a move carries): their
 * rows get the same list, and in their own column the last level and the path, so they are rewritten together.
 */
interface Group {
  orgs: ID[]
  prefix: ID[]
}

function groupsOf(rewrites: OwnerRewrite[]): { groups: Group[]; single: OwnerRewrite[] } {
  const groups = new Map<string, Group>()
  const single: OwnerRewrite[] = []
  for (const r of rewrites) {
    const own =
      'org' in r.owners &&
      String(r.owners.org) === String(r.newOwner) &&
      String(r.lineage.at(-1)) === String(r.newOwner)
    if (!own || !('org' in r.owners)) {
      single.push(r)
      continue
    }
    const prefix = r.lineage.slice(0, -1)
    const key = prefix.map(String).join('/')
    const group = groups.get(key) ?? { orgs: [], prefix }
    group.orgs.push(r.owners.org)
    groups.set(key, group)
  }
  return { groups: [...groups.values()], single }
}

/** Rewrites one table's lineage for every owner given, in one transaction; answers the rows rewritten. */
export async function rewriteSet(
  payload: Payload,
  set: LineageSet,
  rewrites: OwnerRewrite[],
): Promise<number> {
  const db = sqlAdapterOf(payload)
  const execute = executor(payload)
  let rows = 0
  const { groups, single } = set.owner ? groupsOf(rewrites) : { groups: [], single: rewrites }
  await db.drizzle.transaction(async (tx) => {
    const run = (raw: string) => execute({ drizzle: tx, raw })
    for (const { orgs, prefix } of groups) {
      const owner = set.owner as string
      const where = `"${owner}" IN (${orgs.map(sqlId).join(', ')})`
      const owned = countOf(await run(`SELECT COUNT(*) AS n FROM "${set.table}" WHERE ${where}`))
      if (!owned) continue
      rows += owned
      const ids = `SELECT "id" FROM "${set.table}" WHERE ${where}`
      if (set.rels) {
        await run(`DELETE FROM "${set.rels}" WHERE "path" = ${literal(set.path)} AND "parent_id" IN (${ids})`)
        for (const [i, org] of prefix.entries())
          await run(
            `INSERT INTO "${set.rels}" ("parent_id", "path", "orgs_id", "order") ` +
              `SELECT "id", ${literal(set.path)}, ${sqlId(org)}, ${i + 1} FROM "${set.table}" WHERE ${where}`,
          )
        if (set.inclusive)
          await run(
            `INSERT INTO "${set.rels}" ("parent_id", "path", "orgs_id", "order") ` +
              `SELECT "id", ${literal(set.path)}, "${owner}", ${prefix.length + 1} FROM "${set.table}" WHERE ${where}`,
          )
      }
      if (set.pathColumn)
        await run(
          `UPDATE "${set.table}" SET "${set.pathColumn}" = ${literal(pathOf(prefix))} || "${owner}" || '/' WHERE ${where}`,
        )
    }
    for (const { owners, newOwner, lineage } of single) {
      const where = set.rowsOf(owners)
      if (!where) continue
      const ids = `SELECT "id" FROM "${set.table}" WHERE ${where}`
      const list = set.inclusive ? lineage : lineage.slice(0, -1)
      const owned = countOf(await run(`SELECT COUNT(*) AS n FROM "${set.table}" WHERE ${where}`))
      // Most owners hold nothing in most tables: one count instead of a statement per lineage level.
      if (!owned) continue
      rows += owned
      if (set.rels) {
        await run(`DELETE FROM "${set.rels}" WHERE "path" = ${literal(set.path)} AND "parent_id" IN (${ids})`)
        for (const [i, org] of list.entries())
          await run(
            `INSERT INTO "${set.rels}" ("parent_id", "path", "orgs_id", "order") ` +
              `SELECT "id", ${literal(set.path)}, ${sqlId(org)}, ${i + 1} FROM "${set.table}" WHERE ${where}`,
          )
      }
      if (set.pathColumn)
        await run(
          `UPDATE "${set.table}" SET "${set.pathColumn}" = ${literal(pathOf(lineage))} WHERE ${where}`,
        )
      const moving = 'org' in owners ? String(owners.org) !== String(newOwner) : true
      if (set.owner && moving)
        await run(`UPDATE "${set.table}" SET "${set.owner}" = ${sqlId(newOwner)} WHERE ${where}`)
    }
  })
  return rows
}

/** Re-points a bare org column (a notice's target) from a merged org to the one it merged into. */
export async function repointColumn(payload: Payload, column: OrgColumn, from: ID, to: ID): Promise<void> {
  await executor(payload)({
    raw: `UPDATE "${column.table}" SET "${column.column}" = ${sqlId(to)} WHERE "${column.column}" = ${sqlId(from)}`,
  })
}

function countOf(result: { rows?: unknown[] }): number {
  const row = (result.rows?.[0] ?? {}) as Record<string, unknown> & unknown[]
  return Number(row.n ?? row[0] ?? 0)
}
