/** `context` for a Local API write done for an audit action (nhật ký kiểm toán), from the address the adapter saw. */
import { AUDIT_CONTEXT, type AuditAction, type AuditContext } from '@sotay/cms'

export function auditContext(action: AuditAction, ip: string): Record<string, AuditContext> {
  return { [AUDIT_CONTEXT]: { action, ip: ip === 'unknown' ? null : ip } }
}
