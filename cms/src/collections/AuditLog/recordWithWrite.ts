/**
 * A write's entry, all or nothing with the write where the database gives a transaction: if the entry fails,
 * the write is rolled back and its author gets a Vietnamese error (the admin form keeps what they typed).
 * Without a transaction the write is already stored; refusing then would tell its author it failed when it
 * did not, so the entry is kept aside instead (keepAside.ts) and the write stands.
 */
import { APIError, type PayloadRequest } from 'payload'
import type { AuditEntry } from './entry.ts'
import { keepAside } from './keepAside.ts'
import { recordAudit } from './record.ts'

export async function recordWithWrite(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  // Read before the attempt: a failing nested create rolls the shared transaction back and forgets it.
  // Adapters name a real transaction with a string or number id; without transactions (SQLite by default)
  // the request holds a pending promise of null, or an empty placeholder, instead.
  const id = req.transactionID as unknown
  const inTransaction = typeof id === 'string' || typeof id === 'number'
  try {
    await recordAudit(req, entry)
  } catch (err) {
    if (!inTransaction) return keepAside(req, entry, err)
    req.payload.logger.error({ err }, 'audit: entry not written, the write is rolled back')
    throw new APIError(
      'Không ghi được nhật ký kiểm toán nên thay đổi chưa được lưu. Vui lòng thử lại sau.',
      503,
      null,
      true,
    )
  }
}
