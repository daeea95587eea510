/** A collection's hasMany relationships (one target each): SQL keeps them in `<table>_rels`, MongoDB in the document. */
import type { CollectionSlug, Payload } from 'payload'

export interface HasManyField {
  name: string
  relationTo: string
}

export function hasManyFields(payload: Payload, slug: CollectionSlug): HasManyField[] {
  const fields = payload.collections[slug]?.config.flattenedFields ?? []
  return fields.flatMap((f) =>
    (f.type === 'relationship' || f.type === 'upload') && f.hasMany && typeof f.relationTo === 'string'
      ? [{ name: f.name, relationTo: f.relationTo }]
      : [],
  )
}

/** Whether the collection stamps createdAt/updatedAt (Payload's default). */
export const hasTimestamps = (payload: Payload, slug: CollectionSlug): boolean =>
  payload.collections[slug]?.config.timestamps !== false
