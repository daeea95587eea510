/**
 * Where an entry goes when the log cannot take it and the write it describes is already stored (no
 * transaction to roll back, as on SQLite by default): one JSON line in `data/audit-pending.jsonl`, and an
 * error in the server log, so the trace survives and an operator sees that it needs putting back.
 */
import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { clientAddress } from '../../auth/clientAddress.ts'
import { dataDir } from '../../paths.ts'
import type { AuditEntry } from './entry.ts'
import { redact } from './redact.ts'

export const pendingAuditFile = () => path.join(dataDir(), 'audit-pending.jsonl')

export async function keepAside(req: PayloadRequest, entry: AuditEntry, reason: unknown): Promise<void> {
  const user = req.user as { id?: unknown; fullName?: unknown } | null
  const line = {
    at: new Date().toISOString(),
    actor: user ? { id: user.id, fullName: user.fullName } : null,
    ...(redact(entry) as object),
    ip: entry.ip === undefined ? clientAddress(req) : entry.ip,
    reason: String((reason as Error)?.message ?? reason),
  }
  req.payload.logger.error({ entry: line }, 'audit: entry not written to the log, kept aside')
  try {
    await mkdir(dataDir(), { recursive: true })
    await appendFile(pendingAuditFile(), `${JSON.stringify(line)}\n`, 'utf8')
  } catch (err) {
    req.payload.logger.error({ err }, 'audit: could not keep the entry aside either; it is only in this log')
  }
}
