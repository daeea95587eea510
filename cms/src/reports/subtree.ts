/** The org a report is about and its direct children (siblings to compare, each a link to drill into). */
import { type ID, idOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'

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

const select = { name: true, kind: true, parent: true, path: true } as const

export async function subtreeOf(payload: Payload, rootId: ID): Promise<Subtree | undefined> {
  const { docs } = await payload.find({
    collection: 'orgs',
    where: { or: [{ id: { equals: rootId } }, { parent: { equals: rootId } }] },
    select,
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
    path: d.path ?? '',
  }))
  const root = orgs.find((o) => String(o.id) === String(rootId))
  if (!root) return undefined
  const strip = ({ path: _, ...org }: (typeof orgs)[number]): SubtreeOrg => org
  return { root, children: orgs.filter((o) => o !== root).map(strip) }
}

/** Orgs named by id (children a past period had that the tree no longer has), in name order. */
export async function orgsNamed(payload: Payload, ids: string[]): Promise<SubtreeOrg[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'orgs',
    where: { id: { in: ids } },
    select,
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d) => ({ id: d.id, name: d.name, kind: d.kind, parent: idOf(d.parent) ?? null }))
}
