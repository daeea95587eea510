/** What the members' endpoints share: who may manage members here, and the shape of a refusal. */
import {
  asSessionUser,
  grantedOrgIds,
  type ID,
  isSuperadmin,
  MEMBER_ROLES,
  type SessionUser,
} from '@sotay/content-schemas'
import type { PayloadRequest } from 'payload'

export interface MemberAdmin {
  actor: SessionUser
  superadmin: boolean
  /** The orgs whose subtrees this admin manages members of (empty for a superadmin, who manages all). */
  roots: ID[]
}

/** The caller as a member admin, or null when they are not one. */
export function memberAdminOf(req: PayloadRequest): MemberAdmin | null {
  const actor = asSessionUser(req.user)
  const superadmin = isSuperadmin(actor)
  const roots = grantedOrgIds(actor, MEMBER_ROLES)
  return actor && (superadmin || roots.length) ? { actor, superadmin, roots } : null
}

export const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
