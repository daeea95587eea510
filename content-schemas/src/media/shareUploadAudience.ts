/**
 * A content document's files are readable by exactly its audience: an internal PDF or cover never leaks by
 * its URL (`/api/media/file/...`, image sizes included), and a public item's files are public. Files start
 * as `org` files of the uploader's org (see the media collection) until a document shares them here.
 * The audio reading is kept by the speech job (queueAudio), which also writes it past the hooks.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { idOf, sameId } from '../shared/ids.ts'
import { mediaIdsOf } from './ownedMedia.ts'
import { mediaUploadFields } from './uploadFields.ts'

export const shareUploadAudience: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  const fields = mediaUploadFields(collection.fields).filter(({ name }) => name !== 'audio')
  const ids = mediaIdsOf(doc, fields)
  if (!ids.length) return doc
  const unchanged =
    previousDoc &&
    previousDoc.audience === doc.audience &&
    sameId(previousDoc.org, doc.org) &&
    mediaIdsOf(previousDoc, fields).map(String).join() === ids.map(String).join()
  if (unchanged) return doc
  for (const id of ids) {
    await req.payload.update({
      collection: 'media',
      id,
      data: { audience: doc.audience, org: idOf(doc.org) },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
