/**
 * The portable bulk writer, through Payload's database adapter API (find/create/updateOne/updateMany), one
 * transaction where the engine has them: MongoDB's path, and the reference the SQL writer must agree with.
 * A document per call rather than per statement, but never through the Local API's hooks.
 */
import { chunks, type ID } from '@sotay/content-schemas'
import type { CollectionSlug, DatabaseAdapter, PayloadRequest, Where } from 'payload'
import type { BulkDoc, BulkWriter, BulkWrites } from './types.ts'

const IN_CHUNK = 1000

/** The parts of Payload's adapter this writer calls, so a test can stand one in. */
export type PortableAdapter = Pick<
  DatabaseAdapter,
  | 'find'
  | 'create'
  | 'updateOne'
  | 'updateMany'
  | 'beginTransaction'
  | 'commitTransaction'
  | 'rollbackTransaction'
>

export interface AdapterWriterOptions {
  /** Whether the collection stamps createdAt/updatedAt (Payload's default: yes). */
  timestamps?: (slug: CollectionSlug) => boolean
}

export function adapterBulkWriter(db: PortableAdapter, options: AdapterWriterOptions = {}): BulkWriter {
  const timestamps = options.timestamps ?? (() => true)

  const writes = (req: Partial<PayloadRequest>): BulkWrites => {
    async function findIn(slug: CollectionSlug, field: string, values: readonly unknown[]) {
      const out: BulkDoc[] = []
      for (const part of chunks(values, IN_CHUNK)) {
        const where: Where = { [field]: { in: part } }
        const found = await db.find<BulkDoc>({ collection: slug, where, limit: 0, pagination: false, req })
        out.push(...found.docs)
      }
      return out
    }
    const stamped = (slug: CollectionSlug, doc: BulkDoc, now: string): BulkDoc =>
      timestamps(slug) ? { createdAt: now, updatedAt: now, ...doc } : doc

    return {
      async insertIfAbsent(slug, docs, key) {
        const taken = new Set(
          (
            await findIn(
              slug,
              key,
              docs.map((d) => d[key]),
            )
          ).map((d) => String(d[key])),
        )
        const inserted = new Set<string>()
        const now = new Date().toISOString()
        for (const doc of docs) {
          const value = String(doc[key])
          if (taken.has(value) || inserted.has(value)) continue
          try {
            await db.create({ collection: slug, data: stamped(slug, doc, now), req, returning: false })
            inserted.add(value)
          } catch (error) {
            // Another run inserted it since the read: the unique index refused the second copy.
            if (!/duplicate|unique/i.test(String(error))) throw error
          }
        }
        return inserted
      },

      async upsert(slug, docs, { key, insertOnly = [] }) {
        const existing = new Map(
          (
            await findIn(
              slug,
              key,
              docs.map((d) => d[key]),
            )
          ).map((d) => [String(d[key]), d.id as ID]),
        )
        const ids = new Map<string, ID>()
        const now = new Date().toISOString()
        for (const doc of docs) {
          const id = existing.get(String(doc[key]))
          if (id === undefined) {
            const created = await db.create({ collection: slug, data: stamped(slug, doc, now), req })
            ids.set(String(doc[key]), created.id as ID)
            continue
          }
          const data: BulkDoc = timestamps(slug) ? { ...doc, updatedAt: now } : { ...doc }
          for (const field of insertOnly) delete data[field]
          await db.updateOne({ collection: slug, id, data, req, returning: false })
          ids.set(String(doc[key]), id)
        }
        return ids
      },

      async updateWhereIn(slug, field, values, data) {
        const row = timestamps(slug) ? { ...data, updatedAt: new Date().toISOString() } : data
        for (const part of chunks(values, IN_CHUNK)) {
          const where: Where = { [field]: { in: part } }
          await db.updateMany({ collection: slug, where, data: row, req, returning: false })
        }
      },

      async findWhereIn(slug, field, values, fields) {
        const docs = await findIn(slug, field, values)
        return docs.map((d) => Object.fromEntries(['id', ...fields].map((f) => [f, d[f] ?? null])))
      },
    }
  }

  const direct = writes({})
  return {
    kind: 'adapter',
    ...direct,
    appendIfAbsent: async (slug, docs, key) => (await direct.insertIfAbsent(slug, docs, key)).size,
    inRequest: async (req) => writes({ transactionID: (await req.transactionID) ?? undefined }),
    async transaction(work) {
      const transactionID = (await db.beginTransaction()) ?? undefined
      try {
        const result = await work(writes({ transactionID }))
        if (transactionID !== undefined) await db.commitTransaction(transactionID)
        return result
      } catch (error) {
        if (transactionID !== undefined) await db.rollbackTransaction(transactionID)
        throw error
      }
    },
  }
}
