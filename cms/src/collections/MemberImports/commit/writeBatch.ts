/**
 * Writes one batch of member records through the bulk layer, in one transaction: members matched by card
 * number are updated in place (same id, same activation code), new ones created with a sealed code, and the
 * import's checkpoint is stored with them. The rules (status, empty cells, scope) are the records' own.
 */
import { generateActivationCode, idOf, type Ref, sealActivationCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../../db/bulk/index.ts'
import type { BulkDoc } from '../../../db/bulk/types.ts'
import {
  type BatchContext,
  changedFields,
  IMPORTS,
  KEPT_FIELDS,
  type MemberRecord,
  refuseOutOfScope,
  statusOnCreate,
  statusOnUpdate,
  type UpsertCounts,
  USERS,
} from './records.ts'

/** Writes one batch atomically: all of its members and its checkpoint, or nothing. */
export type BatchWriter = (batch: MemberRecord[], context: BatchContext) => Promise<UpsertCounts>

/** `portable` uses Payload's adapter API even on SQL engines (the import benchmark compares the two). */
export function batchWriter(payload: Payload, { portable = false } = {}): BatchWriter {
  const bulk = bulkWriter(payload, { portable })
  return (batch, { scopeOrgIds, checkpoint }) =>
    bulk.transaction(async (tx) => {
      const existing = await tx.findWhereIn(
        USERS,
        'username',
        batch.map((r) => r.username),
        ['username', 'org', 'status', ...KEPT_FIELDS],
      )
      refuseOutOfScope(
        existing.map((e) => ({ username: e.username, org: idOf(e.org as Ref) })),
        scopeOrgIds,
      )
      const before = new Map(existing.map((e) => [String(e.username), e]))
      const docs = batch.map((r): BulkDoc => {
        const current = before.get(r.username)
        // Sealed: the plain code is never kept; the secretary's "In phiếu" issues the one a member receives.
        const created = {
          activationCode: sealActivationCode(payload.secret, generateActivationCode()),
          loginAttempts: 0,
        }
        if (!current) {
          const { orgAncestors, ...fields } = r
          return { ...fields, status: statusOnCreate(r), ...created, orgAncestors }
        }
        const kept = Object.fromEntries(KEPT_FIELDS.map((f) => [f, current[f] ?? null]))
        const moved = String(idOf(current.org as Ref)) !== String(r.org)
        return {
          username: r.username,
          ...kept,
          ...changedFields(r),
          status: statusOnUpdate(current.status, r) ?? current.status ?? null,
          ...created,
          // Lineage is rewritten only for members who changed cell.
          ...(moved ? { orgAncestors: r.orgAncestors, orgPath: r.orgPath } : {}),
        }
      })
      await tx.upsert(USERS, docs, { key: 'username', insertOnly: ['activationCode', 'loginAttempts'] })
      const counts = { created: batch.length - existing.length, updated: existing.length }
      if (checkpoint) {
        await tx.updateWhereIn(IMPORTS, 'id', [checkpoint.importId], {
          processedRows: checkpoint.processedRows,
          created: checkpoint.created + counts.created,
          updated: checkpoint.updated + counts.updated,
        })
      }
      return counts
    })
}
