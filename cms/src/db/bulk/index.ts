/** The bulk-write layer: chunked insert-if-absent and upsert by a unique key, SQL where Payload runs on Drizzle. */
import type { Payload } from 'payload'
import { adapterBulkWriter } from './adapterWriter.ts'
import { drizzleAdapterOf } from './drizzle.ts'
import { hasTimestamps } from './hasManyFields.ts'
import { sqlBulkWriter } from './sqlWriter.ts'
import type { BulkWriter } from './types.ts'

/** `portable` forces the adapter-API writer on a SQL engine too (tests and benchmarks compare the two). */
export function bulkWriter(payload: Payload, { portable = false } = {}): BulkWriter {
  const sql = portable ? undefined : drizzleAdapterOf(payload)
  if (sql) return sqlBulkWriter(payload, sql)
  return adapterBulkWriter(payload.db, { timestamps: (slug) => hasTimestamps(payload, slug) })
}
