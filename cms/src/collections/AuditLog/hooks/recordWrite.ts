/** After every create or update in an audited collection: its entry, in the same transaction as the write. */
import type { CollectionAfterChangeHook } from 'payload'
import { recordWithWrite } from '../recordWithWrite.ts'
import { writeEntry } from '../writeEntry.ts'

export const recordWrite: CollectionAfterChangeHook = async ({
  collection,
  data,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const entry = await writeEntry({ collection, operation, doc, previousDoc, data, req })
  if (entry) await recordWithWrite(req, entry)
  return doc
}
