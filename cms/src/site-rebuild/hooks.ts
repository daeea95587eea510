/** afterChange / afterDelete hooks that ask for a site rebuild when the change can show on the public site. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { affectsPublicSite } from './affectsPublicSite.ts'
import { notifySiteBuilder } from './notifySiteBuilder.ts'

export const rebuildSiteAfterChange: CollectionAfterChangeHook = ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (affectsPublicSite(doc, operation === 'update' ? previousDoc : null))
    notifySiteBuilder(`${collection.slug}:${doc.id}`, req.payload.logger)
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (affectsPublicSite(doc)) notifySiteBuilder(`${collection.slug}:${doc.id}:xóa`, req.payload.logger)
  return doc
}
