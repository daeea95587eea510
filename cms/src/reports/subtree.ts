/** The orgs of a subtree, each with the child of the root it lies under: the report's rows and its drill-down. */
import { CELL_KINDS, type ID, idOf, idsOf, orgsWithin } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface SubtreeOrg {
  id: ID
  name: string
  kind: string
  parent: ID | null
}

export interface Subtree {
  root: SubtreeOrg
  children: SubtreeOrg[]
  /** Every org id of the subtree, the root included. */
  ids: ID[]
  /** The child of the root an org lies under; the root for itself. */
  childOf: Map<string, string>
  /** Cells (chi bộ) per child, and the root's own count when it is a cell. */
  cellsUnder: Map<string, number>
}

export async function subtreeOf(payload: Payload, rootId: ID): Promise<Subtree | undefined> {
  const { docs } = await payload.find({
    collection: 'orgs',
    where: orgsWithin([rootId]),
    select: { name: true, kind: true, parent: true, ancestors: true },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const orgs = docs.map((d) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    parent: idOf(d.parent) ?? null,
    ancestors: idsOf(d.ancestors).map(String),
  }))
  const root = orgs.find((o) => String(o.id) === String(rootId))
  if (!root) return undefined
  const rootKey = String(root.id)
  const childOf = new Map<string, string>()
  const cellsUnder = new Map<string, number>()
  for (const org of orgs) {
    const key = String(org.id)
    const at = org.ancestors.indexOf(rootKey)
    const child = key === rootKey ? rootKey : (org.ancestors[at + 1] ?? key)
    childOf.set(key, child)
    if ((CELL_KINDS as readonly string[]).includes(org.kind))
      cellsUnder.set(child, (cellsUnder.get(child) ?? 0) + 1)
  }
  const strip = ({ ancestors: _, ...org }: (typeof orgs)[number]): SubtreeOrg => org
  return {
    root: strip(root),
    children: orgs.filter((o) => o.parent !== null && String(o.parent) === rootKey).map(strip),
    ids: orgs.map((o) => o.id),
    childOf,
    cellsUnder,
  }
}
