/** A new org's `path` ends with its own id, known only after the insert: written then, past the hooks. */
import { idsOf, pathOf } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Org } from '../../../payload-types.ts'

export const setCreatedPath: CollectionAfterChangeHook<Org> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const path = pathOf([...idsOf(doc.ancestors), doc.id])
  if (doc.path === path) return doc
  await req.payload.db.updateOne({ collection: 'orgs', id: doc.id, data: { path }, req, returning: false })
  return { ...doc, path }
}
