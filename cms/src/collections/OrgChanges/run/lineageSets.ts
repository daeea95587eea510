/**
 * Where the tree is copied into documents: every table holding an owning org and its stored lineage
 * (`org` + `orgAncestors` and `orgPath`, and the same pair under other names), with how to pick the rows a
 * given org owns.
 * A reorganisation rewrites exactly these, in SQL. The audit log (`custom.lineageAsRecorded`) is a record of
 * the past and keeps the lineage it was written with.
 */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type DrizzleAdapter, drizzleAdapterOf, tableOf } from '../../../db/bulk/drizzle.ts'

/** Whose rows to rewrite: those an org owns, or those of named members (a split). */
export type Owners = { org: ID } | { members: ID[] }

export interface LineageSet {
  /** For progress and the dry run: the collection's slug. */
  slug: string
  table: string
  /** The relationships table holding the lineage; none where the row keeps only its path (the inbox). */
  rels?: string
  /** The hasMany path in the relationships table. */
  path: string
  /** Whether the stored lineage ends with the owning org itself. */
  inclusive: boolean
  /** The column naming the owning org, re-pointed when the owner is merged away. */
  owner?: string
  /** The column holding the owning org's materialised path (`orgPath`), rewritten with the lineage. */
  pathColumn?: string
  /** SQL condition on `table` for the rows whose lineage is `owners`'; undefined when none can be. */
  rowsOf(owners: Owners): string | undefined
}

/** A column holding just an org, without a lineage beside it (a notice's target): re-pointed on a merge. */
export interface OrgColumn {
  slug: string
  table: string
  column: string
}

const PAIRS = [
  { owner: 'org', list: 'orgAncestors', inclusive: false },
  { owner: 'assignedOrg', list: 'assignedAncestors', inclusive: false },
  { owner: 'assigneeOrg', list: 'assigneeLineage', inclusive: true },
] as const

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
/** Ids go into the statements as literals: they are checked to be integers (Payload's SQL ids). */
export const sqlId = (id: ID): string => {
  const n = Number(id)
  if (!Number.isSafeInteger(n)) throw new Error(`Mã không hợp lệ: ${String(id)}`)
  return String(n)
}
const idList = (ids: ID[]) => (ids.length ? ids.map(sqlId).join(', ') : 'NULL')

export function sqlAdapterOf(payload: Payload): DrizzleAdapter {
  const db = drizzleAdapterOf(payload)
  if (!db) throw new Error('Sắp xếp lại tổ chức chỉ chạy trên SQLite hoặc PostgreSQL.')
  return db
}

const hasColumn = (db: DrizzleAdapter, table: string, column: string) =>
  Object.values(db.tables[table] ?? {}).some((c) => (c as { name?: string }).name === column)

export function lineageSets(payload: Payload): { sets: LineageSet[]; orgColumns: OrgColumn[] } {
  const db = sqlAdapterOf(payload)
  const sets: LineageSet[] = []
  const orgColumns: OrgColumn[] = []
  for (const collection of payload.config.collections) {
    if (collection.custom?.lineageAsRecorded || collection.slug === 'orgs') continue
    const names = new Set(collection.flattenedFields.map((f) => f.name))
    const { name: table } = tableOf(db, collection.slug)
    const tables = [{ table, prefix: '' }]
    if (collection.versions && db.tables[`_${table}_v`])
      tables.push({ table: `_${table}_v`, prefix: 'version' })
    for (const pair of PAIRS) {
      if (!names.has(pair.list)) continue
      for (const { table: t, prefix } of tables) {
        const path = prefix ? `${prefix}.${pair.list}` : pair.list
        const pathColumn = `${prefix ? `${prefix}_` : ''}org_path`
        const add = (rowsOf: LineageSet['rowsOf'], owner?: string) =>
          sets.push({
            slug: collection.slug,
            table: t,
            rels: `${t}_rels`,
            path,
            inclusive: pair.inclusive,
            owner,
            pathColumn: pair.owner === 'org' && hasColumn(db, t, pathColumn) ? pathColumn : undefined,
            rowsOf,
          })
        if (names.has(pair.owner)) {
          const owner = `${prefix ? `${prefix}_` : ''}${snake(pair.owner)}_id`
          if (!hasColumn(db, t, owner)) continue
          add(
            (o) =>
              'org' in o
                ? `"${owner}" = ${sqlId(o.org)}`
                : collection.slug === 'users'
                  ? `"id" IN (${idList(o.members)})`
                  : undefined,
            owner,
          )
        } else if (names.has('recipient') && !prefix) {
          // An inbox row carries its recipient's lineage, not an org of its own.
          add((o) =>
            'org' in o
              ? `"recipient_id" IN (SELECT "id" FROM "users" WHERE "org_id" = ${sqlId(o.org)})`
              : `"recipient_id" IN (${idList(o.members)})`,
          )
        } else if (names.has('task') && pair.owner === 'assigneeOrg' && !prefix) {
          // A task report carries its task's assignee lineage.
          add((o) =>
            'org' in o
              ? `"task_id" IN (SELECT "id" FROM "tasks" WHERE "assignee_org_id" = ${sqlId(o.org)})`
              : undefined,
          )
        }
      }
    }
    if (
      !names.has('orgAncestors') &&
      names.has('org') &&
      names.has('orgPath') &&
      hasColumn(db, table, 'org_path')
    )
      // A lean row (the inbox) keeps its owner and path but no lineage list: only the path moves with the tree.
      sets.push({
        slug: collection.slug,
        table,
        path: 'orgPath',
        inclusive: true,
        owner: 'org_id',
        pathColumn: 'org_path',
        rowsOf: (o) => ('org' in o ? `"org_id" = ${sqlId(o.org)}` : undefined),
      })
    if (names.has('targetOrg') && hasColumn(db, table, 'target_org_id'))
      orgColumns.push({ slug: collection.slug, table, column: 'target_org_id' })
  }
  // Rows found through another table go before it changes; the members, whom inbox rows follow, last.
  const rank = (s: LineageSet) => (!s.owner ? 0 : s.slug === 'users' ? 2 : 1)
  return { sets: sets.sort((a, b) => rank(a) - rank(b)), orgColumns }
}
