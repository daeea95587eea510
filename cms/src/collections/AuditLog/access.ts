/** Who reads the audit log (nhật ký kiểm toán): the superadmin all of it, a committee its subtree's part. */
import { asSessionUser, grantedOrgIds, isSuperadmin, ownedUnder } from '@sotay/content-schemas'
import type { Access } from 'payload'

/** Committees answer for their subtree; editors and secretaries act inside it but do not oversee it. */
const AUDIT_READERS = ['committee'] as const

export const canReadAuditLog = (user: unknown): boolean => {
  const session = asSessionUser(user)
  return isSuperadmin(session) || grantedOrgIds(session, [...AUDIT_READERS]).length > 0
}

export const readAuditLog: Access = async ({ req }) => {
  const user = asSessionUser(req.user)
  if (isSuperadmin(user)) return true
  const roots = grantedOrgIds(user, [...AUDIT_READERS])
  return roots.length ? ownedUnder(req, roots) : false
}
