/** The target of a notice as the fan-out needs it: every org in the subtree, each with its lineage and its branch. */
import { type ID, idOf, idsOf, orgsWithin, pathOf, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface TargetSubtree {
  orgIds: ID[]
  /** Each org's materialised path (`/root/…/org/`), computed once per org: a recipient's row stores its cell's. */
  paths: Map<string, string>
  /** The direct child of the target each org lies under (the target itself for the target): the report's rows. */
  branch: Map<string, ID>
}

export async function targetSubtree(payload: Payload, target: Ref): Promise<TargetSubtree> {
  const targetId = idOf(target)
  if (targetId === undefined) return { orgIds: [], paths: new Map(), branch: new Map() }
  const { docs } = await payload.find({
    collection: 'orgs',
    where: orgsWithin([targetId]),
    select: { ancestors: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const paths = new Map<string, string>()
  const branch = new Map<string, ID>()
  for (const org of docs as { id: ID; ancestors?: Ref[] }[]) {
    const lineage = [...idsOf(org.ancestors), org.id]
    paths.set(String(org.id), pathOf(lineage))
    const at = lineage.findIndex((id) => String(id) === String(targetId))
    branch.set(String(org.id), lineage[at + 1] ?? targetId)
  }
  return { orgIds: docs.map((d) => d.id as ID), paths, branch }
}
