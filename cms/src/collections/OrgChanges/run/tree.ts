/** The org tree's own rows: few, so written through Payload's adapter, parents before children. */
import { type ID, idOf, idsOf, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { Org } from '../../../payload-types.ts'

export const readOrg = (payload: Payload, id: ID): Promise<Org> =>
  payload.findByID({ collection: 'orgs', id, depth: 0, overrideAccess: true })

/** The orgs below `root` (not root itself), parents before children. */
export async function orgsBelow(payload: Payload, root: ID): Promise<Org[]> {
  const below = await payload.find({
    collection: 'orgs',
    where: { ancestors: { in: [root] } },
    sort: 'depth',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return below.docs
}

/** The org itself and its ancestors, from the root down. */
export const lineageOf = (org: Org): ID[] => [...idsOf(org.ancestors), org.id]

/**
 * Writes an org through Payload (its lineage, its history) without queueing another change: the job that
 * calls this rewrites what the org owns itself.
 */
export const updateOrg = (payload: Payload, id: ID, data: Partial<Org>): Promise<Org> =>
  payload.update({
    collection: 'orgs',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    context: { [ORG_CHANGE_CONTEXT]: true },
  })

/**
 * Recomputes `ancestors`, `path` and `depth` of every org below `root` from root's stored lineage, parents
 * first (through `computeLineage`); answers each org's new lineage (root's included), keyed by id.
 */
export async function relineBelow(payload: Payload, root: ID): Promise<Map<string, ID[]>> {
  const top = await readOrg(payload, root)
  const lineages = new Map([[String(top.id), lineageOf(top)]])
  for (const org of await orgsBelow(payload, root)) {
    const updated = await updateOrg(payload, org.id, { parent: idOf(org.parent) })
    lineages.set(String(org.id), lineageOf(updated))
  }
  return lineages
}
