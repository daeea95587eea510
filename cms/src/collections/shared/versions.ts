/** Drafts, version history and scheduled publish: the same for every content type. */
import type { CollectionConfig } from 'payload'

export const contentVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
