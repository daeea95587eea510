/** What other packages may use of the CMS: opening its Local API, where its files live, and the audit log. */
export { AUDIT_ACTIONS, type AuditAction } from './collections/AuditLog/actions.ts'
export { AUDIT_CONTEXT, type AuditContext, type AuditEntry } from './collections/AuditLog/entry.ts'
export { recordAudit } from './collections/AuditLog/record.ts'
export { type VapidKeys, vapidKeys } from './collections/Notices/channels/vapid.ts'
export { JOB_QUEUES, type JobQueue } from './jobs/queues.ts'
export { type OpenPayloadOptions, openPayload } from './openPayload.ts'
export { dataDir } from './paths.ts'
export type * from './payload-types.ts'
