/** What the access rules need to know about the signed-in user, whatever the depth it was loaded at. */
import { type ID, idOf, idsOf, type Ref } from '../shared/ids.ts'
import type { Role } from './roles.ts'

export interface Grant {
  role: Role
  org: Ref
}

export interface SessionUser {
  id: ID
  collection?: string
  org?: Ref
  orgAncestors?: Ref[] | null
  /** The home org's materialised path (see paths.ts). */
  orgPath?: string | null
  grants?: Grant[] | null
}

export const asSessionUser = (user: unknown): SessionUser | null =>
  user && typeof user === 'object' && 'id' in user ? (user as SessionUser) : null

export function isSuperadmin(user: SessionUser | null): boolean {
  return Boolean(user?.grants?.some((g) => g.role === 'superadmin'))
}

export function hasAnyGrant(user: SessionUser | null): boolean {
  return Boolean(user?.grants?.length)
}

/** The orgs whose subtrees this user administers with one of `roles`. */
export function grantedOrgIds(user: SessionUser | null, roles?: readonly Role[]): ID[] {
  const grants = (user?.grants ?? []).filter((g) => !roles || roles.includes(g.role))
  return idsOf(grants.map((g) => g.org))
}

/** A member's home org and every org above it: the orgs whose `org`-audience content they may read. */
export function memberScope(user: SessionUser | null): ID[] {
  const home = idOf(user?.org)
  return home === undefined ? [] : [...idsOf(user?.orgAncestors), home]
}
