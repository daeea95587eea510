/**
 * The audience a file gets from the documents that use it: the widest of theirs (a picture on a public page
 * is public however many internal items also show it), so one document's save never hides a file another
 * public document shows, nor leaves public a file only internal documents still use.
 */
import { type ID, idOf, sameId } from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import type { Media, Org } from '../../payload-types.ts'
import { mediaUploadFields } from './uploadFields.ts'

export interface FileAudience {
  audience: 'public' | 'members' | 'org'
  org: Org['id'] | undefined
}

/** What a document that uses files says about its readers. */
interface Owner {
  id: ID
  audience?: unknown
  org?: Media['org'] | null
}

const RANK = { org: 1, members: 2, public: 3 } as const

/** A document without an audience (a notice) is read inside its org's subtree. */
export const audienceOfDoc = (doc: Owner): FileAudience => ({
  audience: doc.audience === 'public' || doc.audience === 'members' ? doc.audience : 'org',
  org: idOf(doc.org),
})

export function widest(candidates: FileAudience[]): FileAudience | null {
  let best: FileAudience | null = null
  for (const candidate of candidates)
    if (!best || RANK[candidate.audience] > RANK[best.audience]) best = candidate
  return best
}

/** Every document using the file, except the one being saved (its stored row may be an older state). */
export async function otherOwners(
  payload: Payload,
  id: ID,
  except: { collection: string; id: ID } | null,
  req?: PayloadRequest,
): Promise<FileAudience[]> {
  const owners: FileAudience[] = []
  for (const collection of payload.config.collections) {
    for (const { name } of mediaUploadFields(collection.fields)) {
      const { docs } = await payload.find({
        collection: collection.slug,
        where: { [name]: { in: [id] } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) {
        if (except && collection.slug === except.collection && sameId(doc.id, except.id)) continue
        owners.push(audienceOfDoc(doc))
      }
    }
  }
  return owners
}
