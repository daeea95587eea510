/**
 * Keeps an org's stored `ancestors`, `path` and `depth` true to its parent. The path holds the org's own id,
 * which a new org gets only once inserted: `setCreatedPath` writes it then.
 */
import { idOf, idsOf, pathOf } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { Org } from '../../../payload-types.ts'

export const computeLineage: CollectionBeforeChangeHook<Org> = async ({ data, originalDoc, req }) => {
  const parentId = idOf(data.parent === undefined ? originalDoc?.parent : data.parent)
  if (parentId === undefined) {
    data.ancestors = []
    data.path = originalDoc ? pathOf([originalDoc.id]) : null
    data.depth = 0
    return data
  }
  if (originalDoc && String(parentId) === String(originalDoc.id)) {
    throw fieldRefusal(req, 'orgs', 'parent', 'Một tổ chức không thể trực thuộc chính nó.')
  }
  const parent = await req.payload.findByID({
    collection: 'orgs',
    id: parentId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ancestors = [...idsOf(parent.ancestors), parent.id]
  if (originalDoc && ancestors.some((id) => String(id) === String(originalDoc.id))) {
    throw fieldRefusal(
      req,
      'orgs',
      'parent',
      'Không thể chuyển tổ chức vào một tổ chức cấp dưới của chính nó.',
    )
  }
  data.ancestors = ancestors
  data.path = originalDoc ? pathOf([...ancestors, originalDoc.id]) : null
  data.depth = (parent.depth ?? 0) + 1
  return data
}
