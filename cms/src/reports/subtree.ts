/**
 * The org a report is about and its direct children (siblings to compare, each a link to drill into), read in one
 * statement: a commune's hundreds of cells through Payload's find cost more than the whole report.
 */
import type { ID } from '@sotay/content-schemas'
import type { ReportDb } from './sql.ts'

export interface SubtreeOrg {
  id: ID
  name: string
  kind: string
  parent: ID | null
}

export interface Subtree {
  root: SubtreeOrg & { path: string }
  children: SubtreeOrg[]
}

const byName = (a: SubtreeOrg, b: SubtreeOrg) => a.name.localeCompare(b.name, 'vi')

async function orgsWhere(db: ReportDb, where: ReturnType<ReportDb['sql']>) {
  const { sql } = db
  const o = db.table('orgs')
  const rows = await db.rows(sql`select ${o.id} as "id", ${o.name} as "name", ${o.kind} as "kind",
    ${o.parent} as "parent", ${o.path} as "path" from ${o} where ${where}`)
  return rows.map((r) => ({
    id: r.id as ID,
    name: String(r.name),
    kind: String(r.kind),
    parent: (r.parent ?? null) as ID | null,
    path: String(r.path ?? ''),
  }))
}

export async function subtreeOf(db: ReportDb, rootId: ID): Promise<Subtree | undefined> {
  const o = db.table('orgs')
  const orgs = await orgsWhere(db, db.sql`${o.id} = ${rootId} or ${o.parent} = ${rootId}`)
  const root = orgs.find((org) => String(org.id) === String(rootId))
  if (!root) return undefined
  const strip = ({ path: _, ...org }: (typeof orgs)[number]): SubtreeOrg => org
  return {
    root,
    children: orgs
      .filter((org) => org !== root)
      .map(strip)
      .sort(byName),
  }
}

/** Orgs named by id (children a past period had that the tree no longer has). */
export async function orgsNamed(db: ReportDb, ids: string[]): Promise<SubtreeOrg[]> {
  if (!ids.length) return []
  const o = db.table('orgs')
  const list = db.sql.join(
    ids.map((id) => db.sql`${id}`),
    db.sql`, `,
  )
  return (await orgsWhere(db, db.sql`${o.id} in (${list})`)).map(({ path: _, ...org }) => org)
}
