/**
 * The CMS's audit log (nhật ký kiểm toán, cms/src/collections/AuditLog) as the functions use it: name a
 * Local API write for its own entry (`auditContext`), or record an event that is no write (`recordAudit`:
 * a failed sign-in, an unlock). Both modules are plain and light; the CMS's config is still loaded by path.
 */
import type { AuditAction } from '../../../cms/src/collections/AuditLog/actions.ts'
import { AUDIT_CONTEXT, type AuditContext } from '../../../cms/src/collections/AuditLog/entry.ts'

export type { AuditEntry } from '../../../cms/src/collections/AuditLog/entry.ts'
export { recordAudit } from '../../../cms/src/collections/AuditLog/record.ts'

/** `context` for a Local API write done for `action`, from the address the adapter saw. */
export function auditContext(action: AuditAction, ip: string): Record<string, AuditContext> {
  return { [AUDIT_CONTEXT]: { action, ip: ip === 'unknown' ? null : ip } }
}
