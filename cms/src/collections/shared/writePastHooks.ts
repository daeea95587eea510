/**
 * Writes server-made fields (an audio reading, page images) without a new version and without running the
 * document's hooks again: the published row and its latest version both get them, so the admin shows them
 * and the next edit keeps them.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export interface PastHooksWrite {
  collection: CollectionSlug
  id: string | number
  data: Record<string, unknown>
  req?: PayloadRequest
}

export async function writePastHooks(payload: Payload, { collection, id, data, req }: PastHooksWrite) {
  await payload.db.updateOne({ collection, id, data, req, returning: false })
  const { docs } = await payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (!latest) return
  // The whole snapshot goes back (not just these fields): some adapters replace `version` as a unit.
  await payload.db.updateVersion({
    collection,
    id: latest.id,
    versionData: { ...latest, version: { ...latest.version, ...data } },
    req,
    returning: false,
  })
}
