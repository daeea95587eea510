/** Deleting a document deletes the files only it used (its PDF, cover, audio reading) from the store and disk. */
import type { CollectionAfterDeleteHook } from 'payload'
import { deleteUnreferencedMedia, mediaIdsOf } from '../ownedMedia.ts'
import { mediaUploadFields } from '../uploadFields.ts'

export const dropOwnedUploads: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  const ids = mediaIdsOf(doc, mediaUploadFields(collection.fields))
  if (ids.length) await deleteUnreferencedMedia(req.payload, ids, req)
  return doc
}
