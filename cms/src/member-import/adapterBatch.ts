/**
 * The portable batch writer: Payload's database adapter API (find/create/updateOne), one transaction per
 * batch where the adapter has them. Used for MongoDB, and measured against the SQL writer on SQLite/PostgreSQL.
 */
import { generateActivationCode, type ID, sealActivationCode } from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import {
  type BatchWriter,
  changedFields,
  IMPORTS,
  refuseOutOfScope,
  statusOnCreate,
  statusOnUpdate,
  USERS,
} from './records.ts'

export function adapterBatchWriter(payload: Payload): BatchWriter {
  const db = payload.db
  return async (batch, { scopeOrgIds, checkpoint }) => {
    const transactionID = (await db.beginTransaction()) ?? undefined
    const req = { transactionID } as Partial<PayloadRequest>
    try {
      const found = await db.find({
        collection: USERS,
        where: { username: { in: batch.map((r) => r.username) } },
        limit: 0,
        pagination: false,
        req,
      })
      const existing = found.docs as { id: ID; username: string; status?: string; org?: unknown }[]
      refuseOutOfScope(
        existing.map((e) => ({
          username: e.username,
          org: typeof e.org === 'object' ? (e.org as any)?.id : e.org,
        })),
        scopeOrgIds,
      )
      const byUsername = new Map(existing.map((e) => [e.username, e]))
      const now = new Date().toISOString()
      let created = 0
      for (const r of batch) {
        const current = byUsername.get(r.username)
        if (current) {
          const status = statusOnUpdate(current.status, r)
          await db.updateOne({
            collection: USERS,
            id: current.id,
            data: {
              ...changedFields(r),
              username: r.username,
              orgAncestors: r.orgAncestors,
              ...(status ? { status } : {}),
              updatedAt: now,
            },
            req,
            returning: false,
          })
        } else {
          await db.create({
            collection: USERS,
            data: {
              ...r,
              status: statusOnCreate(r),
              // Sealed: the plain code is never kept; the secretary's "In phiếu" issues the one a member receives.
              activationCode: sealActivationCode(payload.secret, generateActivationCode()),
              loginAttempts: 0,
              createdAt: now,
              updatedAt: now,
            },
            req,
            returning: false,
          })
          created += 1
        }
      }
      const counts = { created, updated: batch.length - created }
      if (checkpoint) {
        await db.updateOne({
          collection: IMPORTS,
          id: checkpoint.importId,
          data: {
            processedRows: checkpoint.processedRows,
            created: checkpoint.created + counts.created,
            updated: checkpoint.updated + counts.updated,
          },
          req,
          returning: false,
        })
      }
      if (transactionID !== undefined) await db.commitTransaction(transactionID)
      return counts
    } catch (err) {
      if (transactionID !== undefined) await db.rollbackTransaction(transactionID)
      throw err
    }
  }
}
