/**
 * Admin grants are the keys to the admin: only superadmins and committees hand them out, never
 * above their own role and never outside their own subtree. Checked on the server for every write.
 */
import {
  asSessionUser,
  GRANT_ROLES,
  type Grant,
  grantedOrgIds,
  idOf,
  isSuperadmin,
} from '@sotay/content-schemas'
import { orgIsWithin } from '@sotay/content-schemas/access/lookup'
import type { CollectionBeforeChangeHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { User } from '../../../payload-types.ts'

const key = (g: Grant) => `${g.role}:${String(idOf(g.org))}`

export const guardGrants: CollectionBeforeChangeHook<User> = async ({ data, originalDoc, req }) => {
  if (data.grants === undefined) return data
  const actor = asSessionUser(req.user)
  // No user means a trusted server process (seed, import job); access was decided by the caller.
  if (!actor || isSuperadmin(actor)) return data

  const stored: Grant[] = originalDoc?.grants ?? []
  const sent: Grant[] = data.grants ?? []
  const before = new Set(stored.map(key))
  const after = new Set(sent.map(key))
  const changed = [...sent.filter((g) => !before.has(key(g))), ...stored.filter((g) => !after.has(key(g)))]
  if (!changed.length) return data

  const roots = grantedOrgIds(actor, GRANT_ROLES)
  for (const grant of changed) {
    const allowed = grant.role !== 'superadmin' && (await orgIsWithin(req, grant.org, roots))
    if (!allowed) {
      throw fieldRefusal(
        req,
        'users',
        'grants',
        'Bạn không có quyền cấp hoặc thu hồi quyền quản trị này.',
        403,
      )
    }
  }
  return data
}
