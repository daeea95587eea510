/** Deleting a document deletes its page images (they are its alone), files and sizes included. */
import type { CollectionAfterDeleteHook } from 'payload'
import { pageImageIds } from './pageImageIds.ts'

export const dropPageImages: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const id of pageImageIds(doc))
    await req.payload
      .delete({ collection: 'media', id, overrideAccess: true, depth: 0, req })
      .catch(() => undefined)
  return doc
}
