/** Where-constraints for "inside these subtrees", on org-owned documents and on the org tree itself. */
import type { Where } from 'payload'
import type { ID } from '../shared/ids.ts'

/** Documents owned by one of `orgIds` or by any org below them: one `in` match per stored field. */
export function ownedWithin(orgIds: ID[]): Where {
  return { or: [{ org: { in: orgIds } }, { orgAncestors: { in: orgIds } }] }
}

/** Orgs that are one of `orgIds` or below them. */
export function orgsWithin(orgIds: ID[]): Where {
  return { or: [{ id: { in: orgIds } }, { ancestors: { in: orgIds } }] }
}

export const published: Where = { _status: { equals: 'published' } }

/** The same on a version collection, whose fields sit under `version`. */
export function versionOwnedWithin(orgIds: ID[]): Where {
  return { or: [{ 'version.org': { in: orgIds } }, { 'version.orgAncestors': { in: orgIds } }] }
}
