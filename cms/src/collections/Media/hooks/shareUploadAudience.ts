/**
 * A content document's files are readable by its audience: an internal PDF or cover never leaks by its URL
 * (`/api/media/file/...`, image sizes included), and a public item's files are public. A file several
 * documents use takes the widest of their audiences (ownerAudience.ts). Files start as `org` files of the
 * uploader's org (see the media collection) until a document shares them here, and go back to that when
 * the last document drops them. The audio reading is kept by the speech job (queueAudio), which also
 * writes it past the hooks.
 */
import { sameId } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import { mediaIdsOf } from '../ownedMedia.ts'
import { audienceOfDoc, otherOwners, widest } from '../ownerAudience.ts'
import { mediaUploadFields } from '../uploadFields.ts'

export const shareUploadAudience: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  const fields = mediaUploadFields(collection.fields).filter(({ name }) => name !== 'audio')
  const ids = mediaIdsOf(doc, fields)
  const before = previousDoc ? mediaIdsOf(previousDoc, fields) : []
  const dropped = before.filter((id) => !ids.some((kept) => sameId(kept, id)))
  const unchanged =
    previousDoc &&
    previousDoc.audience === doc.audience &&
    sameId(previousDoc.org, doc.org) &&
    before.map(String).join() === ids.map(String).join()
  if (unchanged) return doc
  const self = { collection: collection.slug, id: doc.id }
  for (const id of ids) {
    const share = widest([audienceOfDoc(doc), ...(await otherOwners(req.payload, id, self, req))])!
    await req.payload.update({ collection: 'media', id, data: share, overrideAccess: true, depth: 0, req })
  }
  // A replaced cover or PDF is no longer this document's to share: it keeps only what others give it.
  for (const id of dropped) {
    const share = widest(await otherOwners(req.payload, id, self, req))
    await req.payload.update({
      collection: 'media',
      id,
      data: share ?? { audience: 'org' },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
