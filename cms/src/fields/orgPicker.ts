/**
 * An org picker that starts where the person works: it lists only the orgs of their grants for `roles` and below,
 * and a new document picks their first such org (a cell secretary's own cell). Access still decides what is saved.
 */
import { asSessionUser, grantedOrgIds, isSuperadmin, orgsWithin, type Role } from '@sotay/content-schemas'
import type { FilterOptions, RelationshipField, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'
import { ORG_NAME_CELL } from './orgNameCell.ts'

export function orgPicker<F extends RelationshipField>(field: F, roles: readonly Role[]): F {
  const filterOptions: FilterOptions = ({ user }) => {
    const person = asSessionUser(user)
    // No user: server code (jobs, seed) writing with the Local API; its access is checked apart.
    if (!person || isSuperadmin(person)) return true
    const roots = grantedOrgIds(person, roles)
    return roots.length ? orgsWithin(roots) : false
  }
  const defaultValue = ({ user }: { user?: unknown }) => grantedOrgIds(asSessionUser(user), roles)[0]
  // The server's own writes (overrideAccess: a notice sent for a member's correction, seed, jobs) are not narrowed
  // to the list the person would be offered; required and id checks still apply.
  const validate: RelationshipFieldValidation = (value, options) =>
    relationship(value, options.overrideAccess ? { ...options, filterOptions: undefined } : options)
  return {
    ...field,
    filterOptions,
    validate,
    defaultValue,
    admin: { ...field.admin, components: { ...field.admin?.components, Cell: ORG_NAME_CELL } },
  }
}
