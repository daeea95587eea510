/**
 * When an org moves under another parent (provinces and communes were merged in 2025), every org below it
 * and every document owned inside it gets its stored lineage rewritten in the same transaction, so access
 * by subtree stays true. Each rewritten document keeps a version, which is the history of the move.
 */
import { type ID, idOf } from '@sotay/content-schemas'
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Org } from '../../../payload-types.ts'

/**
 * Collections whose documents carry `org` + `orgAncestors`, except records of the past (the audit log, marked
 * `custom.lineageAsRecorded`), which keep the lineage they were written with.
 */
const orgOwnedSlugs = (req: PayloadRequest) =>
  req.payload.config.collections
    .filter((c) => c.fields.some((f) => 'name' in f && f.name === 'orgAncestors'))
    .filter((c) => !c.custom?.lineageAsRecorded)
    .map((c) => c.slug)

export const rewriteMovedSubtree: CollectionAfterChangeHook<Org> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || String(idOf(doc.parent)) === String(idOf(previousDoc?.parent))) return doc
  const below = await req.payload.find({
    collection: 'orgs',
    where: { ancestors: { in: [doc.id] } },
    sort: 'depth',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Parents before children: each child's lineage is computed from its freshly rewritten parent.
  for (const child of below.docs) {
    await req.payload.update({
      collection: 'orgs',
      id: child.id,
      data: { parent: idOf(child.parent) },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  const moved: ID[] = [doc.id, ...below.docs.map((o) => o.id)]
  for (const slug of orgOwnedSlugs(req)) {
    for (const orgId of moved) {
      const orgAncestors = (await orgLineage(req, orgId)).slice(0, -1)
      await req.payload.update({
        collection: slug,
        where: { org: { equals: orgId } },
        data: { orgAncestors },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
  return doc
}
