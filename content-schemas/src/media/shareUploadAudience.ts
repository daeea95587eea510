/**
 * A content document's files are readable by exactly its audience: an internal PDF or cover never leaks by
 * its URL (`/api/media/file/...`, image sizes included), and a public item's files are public. Files start
 * as `org` files of the uploader's org (see the media collection) until a document shares them here.
 * The audio reading is kept by the speech job (queueAudio), which also writes it past the hooks.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { sameId } from '../shared/ids.ts'
import { mediaIdsOf } from './ownedMedia.ts'
import { audienceOfDoc, otherOwners, widest } from './ownerAudience.ts'
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
    const others = await otherOwners(req.payload, id, { collection: collection.slug, id: doc.id }, req)
    const share = widest([audienceOfDoc(doc), ...others])!
    await req.payload.update({
      collection: 'media',
      id,
      data: { audience: share.audience, org: share.org },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
