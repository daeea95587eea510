/**
 * An entry's `orgAncestors` and `orgPath` from its `org`, like every org-owned document's, so a committee's subtree read is
 * one indexed match. An org that no longer exists (deleted meanwhile) leaves the entry to the superadmin.
 */
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import type { CollectionBeforeChangeHook } from 'payload'
import { ownershipOf } from '../../../fields/orgOwnership.ts'

export const setEntryOrg: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const lineage = data.org == null ? [] : await orgLineage(req, data.org)
  data.org = lineage.length ? data.org : null
  Object.assign(data, ownershipOf(lineage))
  return data
}
