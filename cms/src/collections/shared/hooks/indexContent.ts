/** Keeps this process's member search (cms/src/search/contentIndex.ts) in step with every saved or deleted item. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { contentIndex, isContentKind, syncContent } from '../../../search/contentIndex.ts'

export const indexContent: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  if (isContentKind(collection.slug)) await syncContent(req, collection.slug, doc.id)
  return doc
}

export const unindexContent: CollectionAfterDeleteHook = async ({ id, collection }) => {
  if (isContentKind(collection.slug)) await contentIndex().forget(collection.slug, [String(id)])
}
