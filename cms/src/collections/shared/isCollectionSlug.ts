/** Narrows a slug read from stored data (an audit entry, a job's input) to a collection this config has. */
import type { CollectionSlug, Payload } from 'payload'

export const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)
