/**
 * Writes checked member rows into `users`, in batches of ~500 with one transaction each. A card number
 * already in use updates that member (matched by username); a new one creates an account without a
 * password and with a one-time activation code. A batch replayed after a crash is therefore harmless.
 */
import { chunks, type ID, idsOf, type MemberRow, type OrgsByCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type Checkpoint, toRecord, type UpsertCounts } from './records.ts'
import { batchWriter } from './writeBatch.ts'

export const DEFAULT_BATCH_SIZE = 500

export interface UpsertOptions {
  /** Org code → id and ancestors; loaded from the database when absent. */
  orgIdsByCode?: OrgsByCode
  batchSize?: number
  /** Index into `rows` to start from: the checkpoint of an earlier, interrupted run. */
  startAt?: number
  /** Called after each committed batch with rows done (counting `startAt`) and the total. */
  onBatch?: (done: number, total: number) => Promise<void> | void
  /** When set, each batch also stores `processedRows`, `created`, `updated` on this import, in its transaction. */
  checkpoint?: { importId: ID; created: number; updated: number }
  /** Refuse to touch an existing member whose org is not one of these (ids as strings). */
  scopeOrgIds?: Set<string>
  /** `sql` (bulk statements, the default on SQLite/PostgreSQL) or `adapter` (Payload's adapter API, per row). */
  strategy?: 'sql' | 'adapter'
}

async function loadOrgsByCode(payload: Payload, rows: MemberRow[]): Promise<OrgsByCode> {
  const codes = [...new Set(rows.map((r) => r.orgCode))]
  const orgs: OrgsByCode = new Map()
  for (const part of chunks(codes, 1000)) {
    const found = await payload.find({
      collection: 'orgs',
      where: { code: { in: part } },
      select: { code: true, ancestors: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of found.docs) {
      orgs.set(doc.code, { id: doc.id, ancestors: idsOf(doc.ancestors) })
    }
  }
  return orgs
}

export async function upsertMembers(
  payload: Payload,
  rows: MemberRow[],
  opts: UpsertOptions = {},
): Promise<UpsertCounts> {
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE)
  const orgs = opts.orgIdsByCode ?? (await loadOrgsByCode(payload, rows))
  const write = batchWriter(payload, { portable: opts.strategy === 'adapter' })
  const total = { created: 0, updated: 0 }
  for (let start = Math.max(0, opts.startAt ?? 0); start < rows.length; start += batchSize) {
    const done = Math.min(start + batchSize, rows.length)
    const batch = rows.slice(start, done).map((row) => toRecord(row, orgs))
    const checkpoint: Checkpoint | undefined = opts.checkpoint && {
      importId: opts.checkpoint.importId,
      processedRows: done,
      created: opts.checkpoint.created + total.created,
      updated: opts.checkpoint.updated + total.updated,
    }
    const counts = await write(batch, { scopeOrgIds: opts.scopeOrgIds, checkpoint })
    total.created += counts.created
    total.updated += counts.updated
    await opts.onBatch?.(done, rows.length)
  }
  return total
}
