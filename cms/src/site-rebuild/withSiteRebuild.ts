/** Adds the rebuild hooks to the collections whose public documents the static site shows. */
import type { CollectionConfig } from 'payload'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from './hooks.ts'

/** Collections the site renders (media: public images and PDFs the pages link to). */
export const SITE_COLLECTIONS = ['news', 'documents', 'study-topics', 'faq', 'media']

export const withSiteRebuild = (collection: CollectionConfig): CollectionConfig =>
  SITE_COLLECTIONS.includes(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), rebuildSiteAfterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildSiteAfterDelete],
        },
      }
    : collection
