/**
 * A media file belongs to the documents that use it: it is readable by their audience, and it goes when
 * the last of them goes, so a deleted or refused document leaves no file behind (Payload's delete also
 * removes the file and its image sizes from disk).
 */
import { type ID, idOf, idsOf, type Ref } from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import { otherOwners, widest } from './ownerAudience.ts'
import type { mediaUploadFields } from './uploadFields.ts'

/** The media ids a document holds in its upload fields. */
export function mediaIdsOf(doc: Record<string, unknown>, fields: ReturnType<typeof mediaUploadFields>): ID[] {
  const ids = fields.flatMap(({ name, hasMany }) =>
    hasMany ? idsOf(doc[name] as Ref[]) : [idOf(doc[name] as Ref)].filter((id): id is ID => id !== undefined),
  )
  return [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id)!)
}

/**
 * Deletes the files no document uses any more. A file still used elsewhere stays, with the audience of the
 * documents left (it may have been public only through the one just deleted).
 */
export async function deleteUnreferencedMedia(
  payload: Payload,
  ids: ID[],
  req?: PayloadRequest,
): Promise<ID[]> {
  const deleted: ID[] = []
  for (const id of ids) {
    const share = widest(await otherOwners(payload, id, null, req))
    if (share) {
      await payload.update({ collection: 'media', id, data: share, overrideAccess: true, depth: 0, req })
      continue
    }
    const gone = await payload
      .delete({ collection: 'media', id, overrideAccess: true, depth: 0, req })
      .then(() => true)
      .catch((error: Error) => {
        // Already gone is fine; anything else is worth a line, and must not undo the owner's delete.
        if (!/not found|không tìm thấy/i.test(error.message))
          payload.logger.error(`Không xoá được tệp ${id}: ${error.message}`)
        return false
      })
    if (gone) deleted.push(id)
  }
  return deleted
}
