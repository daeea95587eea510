/**
 * Which writes are audited, and as what. An admin's write (its author holds a grant) is, in every collection;
 * a member's own writes (questions, read receipts, devices, their profile) are not: they act on their own data
 * only, and logging them would put every member's daily use into the log. Grant changes are audited whoever
 * makes them, the server included, because grants are the keys to the admin.
 */
import { asSessionUser, hasAnyGrant, IMPORT_JOB_CONTEXT } from '@sotay/content-schemas'
import type { PayloadRequest } from 'payload'
import type { AuditAction } from './actions.ts'
import { AUDIT_CONTEXT, type AuditContext, type FieldChange } from './entry.ts'

export interface WriteFacts {
  collection: string
  operation: 'create' | 'update' | 'delete'
  changes: FieldChange[]
  doc: Record<string, unknown>
  previousDoc?: Record<string, unknown> | null
  req: PayloadRequest
}

export const auditContextOf = (req: PayloadRequest): AuditContext | undefined =>
  req.context?.[AUDIT_CONTEXT] as AuditContext | undefined

/** The import job finishing a committed import: the outcome belongs with the admin's commit. */
const importFinished = ({ collection, doc, previousDoc, req }: WriteFacts) =>
  collection === 'member-imports' &&
  req.context?.[IMPORT_JOB_CONTEXT] === true &&
  previousDoc?.status === 'committing' &&
  (doc.status === 'done' || doc.status === 'failed')

export function writeAction(facts: WriteFacts): AuditAction | null {
  const { collection, operation, changes, doc, previousDoc, req } = facts
  const named = auditContextOf(req)?.action
  if (named) return named
  if (collection === 'users' && changes.some((c) => c.field === 'grants')) return 'grants'
  if (importFinished(facts)) return 'import'
  if (!hasAnyGrant(asSessionUser(req.user))) return null
  if (
    collection === 'member-imports' &&
    doc.status === 'committing' &&
    previousDoc?.status !== 'committing'
  ) {
    return 'import'
  }
  return operation
}
