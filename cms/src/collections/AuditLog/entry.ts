/** The shape of one audit entry as callers hand it to `recordAudit`; plain types, importable from any package. */
import type { AuditAction } from './actions.ts'

export const AUDIT_LOG_SLUG = 'audit-log'

type ID = number | string

/** One changed field: secrets are named but never valued; long and rich text are summarised. */
export interface FieldChange {
  field: string
  before?: unknown
  after?: unknown
  secret?: true
}

/** Who did it, as far as the caller knows; `null` is an anonymous caller (a failed sign-in) or the server. */
export interface AuditActor {
  id?: ID | null
  fullName?: string | null
  username?: string | null
  email?: string | null
  org?: unknown
  grants?: { role: string; org: unknown }[] | null
}

export interface AuditEntry {
  action: AuditAction
  /** Defaults to the request's user when a request is given. */
  actor?: AuditActor | null
  collection?: string
  docId?: ID | null
  docTitle?: string | null
  /** The org the event concerns; defaults to the actor's first grant, then their home org. */
  org?: ID | null
  changes?: FieldChange[]
  /** Anything else worth keeping (the attempted username, an export's format and scope); secrets are dropped. */
  details?: Record<string, unknown>
  /** Defaults to the forwarded address of the request, when a request is given. */
  ip?: string | null
}

/**
 * Set as `context: { [AUDIT_CONTEXT]: ... }` on a Local API write to name what the write was for (a reset,
 * a card reissue) and where it came from; the write's own audit entry then carries them.
 */
export const AUDIT_CONTEXT = 'audit'

export interface AuditContext {
  action?: AuditAction
  ip?: string | null
  details?: Record<string, unknown>
}
