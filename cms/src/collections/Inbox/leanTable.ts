/**
 * The inbox table without what Payload adds to every relationship column and the fan-out pays for on each of its
 * rows: a single-column index (notice, recipient and org each lead one of the collection's compound indexes,
 * which serve every lookup the single ones would) and a foreign key. On PostgreSQL the four foreign-key checks
 * cost more than all of the row's indexes together (measured on 150,000 rows: 42 s with them, 15 s without, 4 s
 * for a bare table). Without them a deleted notice, member or org leaves its inbox rows pointing at nothing
 * instead of at NULL: either way the rows match no join, and members leave by status, not by deletion.
 * A `beforeSchemaInit` hook of both SQL adapters: it runs on Payload's raw schema, before the tables are built.
 */
const RELATIONS = ['notice', 'recipient', 'org', 'branch'] as const
/** `branch` leads no compound index: its own stays, for the per-branch reads of an org. */
const COVERED_INDEXES = ['inbox_notice_idx', 'inbox_recipient_idx', 'inbox_org_idx']

interface RawTable {
  columns: Record<string, { reference?: unknown }>
  indexes?: Record<string, unknown>
}

export function leanInboxTable<Schema>({
  adapter,
  schema,
}: {
  // Passed at run time by both adapters; SQLite's hook type does not declare it.
  adapter?: { rawTables?: Record<string, RawTable> }
  schema: Schema
}): Schema {
  const inbox = adapter?.rawTables?.inbox
  if (!inbox) return schema
  for (const field of RELATIONS) delete inbox.columns[field]?.reference
  for (const name of COVERED_INDEXES) delete inbox.indexes?.[name]
  return schema
}
