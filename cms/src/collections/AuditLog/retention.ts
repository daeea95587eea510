/**
 * Retention (thời hạn lưu): entries older than AUDIT_RETENTION_DAYS (1825, five years: see the README's
 * "Nhật ký kiểm toán / Audit log") are deleted daily at 03:45, in batches, by this job alone.
 */
import type { Payload, TaskConfig } from 'payload'
import { AUDIT_LOG_SLUG } from './entry.ts'
import { AUDIT_RETENTION_CONTEXT } from './hooks/onlyRetentionDeletes.ts'

export const DEFAULT_AUDIT_RETENTION_DAYS = 1825

const BATCH = 500

/** The retention period in days; a value that is not a positive whole number falls back to the default. */
export function auditRetentionDays(): number {
  const days = Number(process.env.AUDIT_RETENTION_DAYS)
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_AUDIT_RETENTION_DAYS
}

export async function pruneAuditLog(payload: Payload, now = new Date(), days = auditRetentionDays()) {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  let deleted = 0
  for (;;) {
    const old = await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: { at: { less_than: cutoff } },
      // The id always comes back; `at` is the smallest field to ask for.
      select: { at: true },
      sort: 'at',
      depth: 0,
      limit: BATCH,
      pagination: false,
      overrideAccess: true,
    })
    if (!old.docs.length) return deleted
    const { docs, errors } = await payload.delete({
      collection: AUDIT_LOG_SLUG,
      where: { id: { in: old.docs.map((d) => d.id) } },
      depth: 0,
      overrideAccess: true,
      context: { [AUDIT_RETENTION_CONTEXT]: true },
    })
    // A batch that deletes nothing would be found again: stop rather than loop.
    if (!docs.length) throw new Error(`audit retention: nothing deleted (${JSON.stringify(errors)})`)
    deleted += docs.length
    if (old.docs.length < BATCH) return deleted
  }
}

export const pruneAuditLogTask: TaskConfig<any> = {
  slug: 'pruneAuditLog',
  label: 'Xóa nhật ký kiểm toán quá hạn lưu',
  schedule: [{ cron: '0 45 3 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { deleted: await pruneAuditLog(req.payload) } }),
}
