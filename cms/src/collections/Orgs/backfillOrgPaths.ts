/**
 * Fills the materialised paths of a database written before they existed: every org's `path`, then every
 * org-owned row's `orgPath` (and `version.orgPath` in version tables) from its org's. A few set-wise statements
 * per table, for the migration that adds the columns; running it again changes nothing.
 */
import type { Payload } from 'payload'
import { tableOf } from '../../db/bulk/drizzle.ts'
import { sqlAdapterOf } from '../OrgChanges/run/lineageSets.ts'

type Execute = (args: { drizzle: unknown; raw: string }) => Promise<{ rows?: unknown[] }>

/**
 * Answers how many tables got their `orgPath` filled (orgs not counted). A migration passes its transaction
 * (`drizzle`): a statement outside it would wait for it to end (one SQLite transaction at a time).
 */
export async function backfillOrgPaths(payload: Payload, drizzle?: unknown): Promise<number> {
  const db = sqlAdapterOf(payload)
  const execute = (payload.db as unknown as { execute: Execute }).execute.bind(payload.db)
  const run = (raw: string) => execute({ drizzle: drizzle ?? db.drizzle, raw })
  const orgs = tableOf(db, 'orgs').name
  await run(`UPDATE "${orgs}" SET "path" = '/' || "id" || '/' WHERE "parent_id" IS NULL`)
  // One level of the tree per statement, parents first; the tree's depth bounds the loop.
  const [{ n: levels } = { n: 0 }] = (await run(`SELECT MAX("depth") AS n FROM "${orgs}"`)).rows as {
    n: number | null
  }[]
  for (let level = 0; level < Number(levels ?? 0) + 1; level++) {
    await run(
      `UPDATE "${orgs}" SET "path" = (SELECT p."path" FROM "${orgs}" p WHERE p."id" = "${orgs}"."parent_id") ` +
        `|| "id" || '/' WHERE "parent_id" IS NOT NULL`,
    )
  }
  let tables = 0
  for (const collection of payload.config.collections) {
    const names = new Set(collection.flattenedFields.map((f) => f.name))
    if (collection.slug === 'orgs' || !names.has('orgPath') || !names.has('org')) continue
    const { name: table } = tableOf(db, collection.slug)
    const owned = [{ table, org: 'org_id', path: 'org_path' }]
    if (collection.versions && db.tables[`_${table}_v`])
      owned.push({ table: `_${table}_v`, org: 'version_org_id', path: 'version_org_path' })
    for (const t of owned) {
      await run(
        `UPDATE "${t.table}" SET "${t.path}" = ` +
          `(SELECT o."path" FROM "${orgs}" o WHERE o."id" = "${t.table}"."${t.org}")`,
      )
    }
    tables++
  }
  return tables
}
