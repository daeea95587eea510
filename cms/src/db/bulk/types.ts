/** The bulk-write layer's contract: set-based writes by a unique key, the same on SQLite, PostgreSQL and MongoDB. */
import type { ID } from '@sotay/content-schemas'
import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * A document as Payload names its fields. A hasMany relationship is a list of ids; a document that leaves
 * one out keeps the links it has. Every document of one call carries the same other fields.
 */
export type BulkDoc = Record<string, unknown>

export interface UpsertOptions {
  /** The unique field that tells an existing document from a new one. */
  key: string
  /** Fields written when a document is created and left alone when it exists (codes, counters). */
  insertOnly?: readonly string[]
}

/** The writes one transaction (or the writer itself, each call on its own) can do. */
export interface BulkWrites {
  /** Inserts the documents whose `key` is not taken yet; answers the keys it inserted. */
  insertIfAbsent(collection: CollectionSlug, docs: BulkDoc[], key: string): Promise<Set<string>>
  /** Creates new documents and overwrites the given fields of existing ones; answers each key's id. */
  upsert(collection: CollectionSlug, docs: BulkDoc[], options: UpsertOptions): Promise<Map<string, ID>>
  /** Sets the same fields on every document whose `field` is one of `values`. */
  updateWhereIn(
    collection: CollectionSlug,
    field: string,
    values: readonly unknown[],
    data: BulkDoc,
  ): Promise<void>
  /** Reads the given scalar fields (and `id`) of the documents whose `field` is one of `values`. */
  findWhereIn(
    collection: CollectionSlug,
    field: string,
    values: readonly unknown[],
    fields: readonly string[],
  ): Promise<BulkDoc[]>
}

export interface BulkWriter extends BulkWrites {
  /** `sql` on SQLite and PostgreSQL (Drizzle, multi-row statements), `adapter` elsewhere (Payload's adapter API). */
  kind: 'sql' | 'adapter'
  /**
   * Inserts the documents whose `key` is not taken yet, outside any transaction, and answers how many were new:
   * prepared multi-row statements straight to the driver, for many rows without hasMany fields (the fan-out).
   */
  appendIfAbsent(collection: CollectionSlug, docs: BulkDoc[], key: string): Promise<number>
  /** Runs `work` in one transaction where the engine has them: all of its writes, or none. */
  transaction<T>(work: (tx: BulkWrites) => Promise<T>): Promise<T>
  /**
   * The writes inside `req`'s transaction (a hook's): they commit or roll back with the document that caused
   * them, and on SQLite they do not wait for a lock the request itself holds.
   */
  inRequest(req: Partial<PayloadRequest>): Promise<BulkWrites>
}
