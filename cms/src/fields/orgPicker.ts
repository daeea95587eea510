/**
 * An org picker that starts where the person works: it lists only the orgs of their grants for `roles` and below,
 * and a new document picks their first such org (a cell secretary's own cell). Access still decides what is saved.
 */
import { asSessionUser, grantedOrgIds, isSuperadmin, orgsWithin, type Role } from '@sotay/content-schemas'
import type { FilterOptions, RelationshipField } from 'payload'
import { ORG_NAME_CELL } from './orgNameCell.ts'

export function orgPicker<F extends RelationshipField>(
  field: F,
  roles: readonly Role[],
  /** A `req.context` key the server's own writes carry (a notice sent for a member's correction); not narrowed. */
  systemContext?: string,
): F {
  const filterOptions: FilterOptions = ({ user, req }) => {
    const person = asSessionUser(user)
    // No user: server code (jobs, seed) writing with the Local API; its access is checked apart.
    if (!person || isSuperadmin(person)) return true
    if (systemContext && req?.context?.[systemContext]) return true
    const roots = grantedOrgIds(person, roles)
    return roots.length ? orgsWithin(roots) : false
  }
  const defaultValue = ({ user }: { user?: unknown }) => grantedOrgIds(asSessionUser(user), roles)[0]
  return {
    ...field,
    filterOptions,
    defaultValue,
    admin: { ...field.admin, components: { ...field.admin?.components, Cell: ORG_NAME_CELL } },
  }
}
