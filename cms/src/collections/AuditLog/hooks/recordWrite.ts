/** After every create or update in an audited collection: its entry, in the same transaction as the write. */
import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../record.ts'
import { writeEntry } from '../writeEntry.ts'

export const recordWrite: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const entry = await writeEntry({ collection, operation, doc, previousDoc, req })
  // A failure throws on purpose: the write is rolled back and its author told, rather than kept untraced.
  if (entry) await recordAudit(req, entry)
  return doc
}
