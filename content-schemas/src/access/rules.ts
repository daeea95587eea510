/**
 * Every access rule of the handbook, as named functions. Each returns a boolean or a Where on
 * `org`/`orgAncestors` (or on the org tree itself), so subtree checks run in the database.
 */
import type { Access, FieldAccess, Where } from 'payload'
import { orgIsWithin } from './lookup.ts'
import { CONTENT_ROLES, MEMBER_ROLES, ORG_ROLES, type Role } from './roles.ts'
import { asSessionUser, grantedOrgIds, hasAnyGrant, isSuperadmin, memberScope } from './session.ts'
import { orgsWithin, ownedWithin, published } from './where.ts'

/** Only users holding an admin grant reach /admin; members use the site. */
export const canUseAdmin = ({ req }: { req: { user?: unknown } }): boolean =>
  hasAnyGrant(asSessionUser(req.user))

/** Published content a reader may see: the public, all members, or members of the owning subtree. */
export function readableContent(user: ReturnType<typeof asSessionUser>, versioned = true): Where {
  const gate: Where[] = versioned ? [published] : []
  if (!user) return { and: [...gate, { audience: { equals: 'public' } }] }
  const audiences: Where[] = [{ audience: { in: ['public', 'members'] } }]
  const scope = memberScope(user)
  if (scope.length) audiences.push({ and: [{ audience: { equals: 'org' } }, { org: { in: scope } }] })
  return { and: [...gate, { or: audiences }] }
}

const readOwned =
  (versioned: boolean): Access =>
  ({ req }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const administered = grantedOrgIds(user, CONTENT_ROLES)
    const asReader = readableContent(user, versioned)
    return administered.length ? { or: [asReader, ownedWithin(administered)] } : asReader
  }

/** Read content: what the reader may see as a member, plus everything (drafts too) in their admin subtree. */
export const readContent: Access = readOwned(true)

/** Read media files: the same audiences, without drafts (uploads have no publish state). */
export const readMedia: Access = readOwned(false)

/** Create an org-owned document: `data.org` must lie inside one of the user's granted subtrees. */
export const createOwnedBy =
  (roles: readonly Role[]): Access =>
  async ({ req, data }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const roots = grantedOrgIds(user, roles)
    if (!roots.length) return false
    // Without data Payload is asking "may this user ever create here?" (admin UI permissions).
    if (!data) return true
    return orgIsWithin(req, data.org, roots)
  }

/** Update or delete org-owned documents inside the user's subtrees; moving one out of them is refused. */
export const manageOwnedBy =
  (roles: readonly Role[]): Access =>
  async ({ req, data }) => {
    const user = asSessionUser(req.user)
    if (isSuperadmin(user)) return true
    const roots = grantedOrgIds(user, roles)
    if (!roots.length) return false
    if (data?.org !== undefined && !(await orgIsWithin(req, data.org, roots))) return false
    return ownedWithin(roots)
  }

export const createContent = createOwnedBy(CONTENT_ROLES)
export const manageContent = manageOwnedBy(CONTENT_ROLES)

/** The tree's names and shape are not secret: any signed-in user may read orgs; the public may not. */
export const readOrgs: Access = ({ req }) => Boolean(req.user)

/** A committee creates orgs under an org inside its subtree; only a superadmin creates a root. */
export const createOrgs: Access = async ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, ORG_ROLES)
  if (!roots.length) return false
  if (!data) return true
  return Boolean(data.parent) && orgIsWithin(req, data.parent, roots)
}

/** Update or delete orgs inside one's subtree; re-parenting must stay inside it too. */
export const manageOrgs: Access = async ({ req, data }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, ORG_ROLES)
  if (!roots.length) return false
  if (data?.parent !== undefined && !(await orgIsWithin(req, data.parent, roots))) return false
  return orgsWithin(roots)
}

/** Users: everyone reads themselves; admins read the people of their subtree. */
export const readUsers: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  if (isSuperadmin(user)) return true
  const self: Where = { id: { equals: user.id } }
  const roots = grantedOrgIds(user)
  return roots.length ? { or: [self, ownedWithin(roots)] } : self
}

export const createMembers = createOwnedBy(MEMBER_ROLES)

/** Members may edit their own profile; member admins manage the accounts of their subtree. */
export const manageMembers: Access = async (args) => {
  const user = asSessionUser(args.req.user)
  if (!user) return false
  const asAdmin = await manageOwnedBy(MEMBER_ROLES)(args)
  if (asAdmin === true) return true
  const self: Where = { id: { equals: user.id } }
  return asAdmin ? { or: [self, asAdmin] } : self
}

export const deleteMembers = manageOwnedBy(MEMBER_ROLES)

/** Fields only member admins may change (status, home cell, card history, activation). */
export const memberAdminField: FieldAccess = ({ req }) =>
  grantedOrgIds(asSessionUser(req.user), MEMBER_ROLES).length > 0

/** Fields only admins may read (one-time activation codes). */
export const adminOnlyField: FieldAccess = ({ req }) => hasAnyGrant(asSessionUser(req.user))
