/** After every delete in an audited collection: its entry (with what the document held), in the same transaction. */
import type { CollectionAfterDeleteHook } from 'payload'
import { recordWithWrite } from '../recordWithWrite.ts'
import { writeEntry } from '../writeEntry.ts'

export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const entry = await writeEntry({ collection, operation: 'delete', doc, req })
  if (entry) await recordWithWrite(req, entry)
  return doc
}
