/** Only the retention job deletes audit entries, and only because they are older than the retention period. */
import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** Set in `context` by the retention job (retention.ts) on its own deletes. */
export const AUDIT_RETENTION_CONTEXT = 'auditRetention'

export const onlyRetentionDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.context?.[AUDIT_RETENTION_CONTEXT] !== true) {
    throw new APIError(
      'Nhật ký kiểm toán không được xóa; mục cũ tự xóa khi hết thời hạn lưu.',
      403,
      null,
      true,
    )
  }
}
