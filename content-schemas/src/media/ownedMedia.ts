/**
 * A media file belongs to the documents that use it: it is readable by their audience, and it goes when
 * the last of them goes, so a deleted or refused document leaves no file behind (Payload's delete also
 * removes the file and its image sizes from disk).
 */
import type { Payload, PayloadRequest } from 'payload'
import { type ID, idOf, idsOf, type Ref } from '../shared/ids.ts'
import { mediaUploadFields } from './uploadFields.ts'

/** The media ids a document holds in its upload fields. */
export function mediaIdsOf(doc: Record<string, unknown>, fields: ReturnType<typeof mediaUploadFields>): ID[] {
  const ids = fields.flatMap(({ name, hasMany }) =>
    hasMany ? idsOf(doc[name] as Ref[]) : [idOf(doc[name] as Ref)].filter((id): id is ID => id !== undefined),
  )
  return [...new Set(ids.map(String))].map((id) => ids.find((candidate) => String(candidate) === id)!)
}

/** True when any document of any collection still points at the file. */
export async function isMediaReferenced(payload: Payload, id: ID, req?: PayloadRequest): Promise<boolean> {
  for (const collection of payload.config.collections) {
    for (const { name } of mediaUploadFields(collection.fields)) {
      const { totalDocs } = await payload.count({
        collection: collection.slug as never,
        where: { [name]: { in: [id] } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) return true
    }
  }
  return false
}

/** Deletes the files no document uses any more; a file still used elsewhere stays. */
export async function deleteUnreferencedMedia(
  payload: Payload,
  ids: ID[],
  req?: PayloadRequest,
): Promise<ID[]> {
  const deleted: ID[] = []
  for (const id of ids) {
    if (await isMediaReferenced(payload, id, req)) continue
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
