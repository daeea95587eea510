/**
 * Sets a text's `audio` without a new version and without running its hooks again: the published row and
 * its latest version both get the link, so the admin shows it and the next edit keeps it.
 */
import type { Payload, PayloadRequest } from 'payload'

export interface AudioLink {
  collection: 'news' | 'documents' | 'study-topics'
  id: string | number
  audio: string | number
  audioTextHash: string
  req?: PayloadRequest
}

export async function linkAudio(payload: Payload, { collection, id, audio, audioTextHash, req }: AudioLink) {
  const data = { audio, audioTextHash }
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
  // The whole snapshot goes back (not just the two fields): some adapters replace `version` as a unit.
  await payload.db.updateVersion({
    collection,
    id: latest.id,
    versionData: { ...latest, version: { ...latest.version, ...data } },
    req,
    returning: false,
  })
}
