/** The target of a notice as the fan-out needs it: every org in the subtree, each with its lineage and its branch. */
import { type ID, idOf, idsOf, orgsWithin, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface TargetSubtree {
  orgIds: ID[]
  /** The orgs above each org (root first): a recipient's inbox row stores them as orgAncestors. */
  ancestors: Map<string, ID[]>
  /** The direct child of the target each org lies under (the target itself for the target): the report's rows. */
  branch: Map<string, ID>
}

export async function targetSubtree(payload: Payload, target: Ref): Promise<TargetSubtree> {
  const targetId = idOf(target)
  if (targetId === undefined) return { orgIds: [], ancestors: new Map(), branch: new Map() }
  const { docs } = await payload.find({
    collection: 'orgs',
    where: orgsWithin([targetId]),
    select: { ancestors: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const ancestors = new Map<string, ID[]>()
  const branch = new Map<string, ID>()
  for (const org of docs as { id: ID; ancestors?: Ref[] }[]) {
    const above = idsOf(org.ancestors)
    ancestors.set(String(org.id), above)
    const lineage = [...above, org.id]
    const at = lineage.findIndex((id) => String(id) === String(targetId))
    branch.set(String(org.id), lineage[at + 1] ?? targetId)
  }
  return { orgIds: docs.map((d) => d.id as ID), ancestors, branch }
}
