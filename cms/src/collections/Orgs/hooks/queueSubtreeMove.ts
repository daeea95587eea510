/**
 * Moving an org under another parent (in the admin or the API) records a "move" change and queues its job,
 * which rewrites the lineage of the orgs below and of everything they own in SQL, with its progress on the
 * change. The request itself only writes the moved org (its lineage by `computeLineage`).
 */
import { idOf, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Org } from '../../../payload-types.ts'

export const queueSubtreeMove: CollectionAfterChangeHook<Org> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context[ORG_CHANGE_CONTEXT] === true) return doc
  if (String(idOf(doc.parent)) === String(idOf(previousDoc?.parent))) return doc
  await req.payload.create({
    collection: 'org-changes',
    data: { kind: 'move', source: doc.id, target: idOf(doc.parent) ?? null, dryRun: false },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
