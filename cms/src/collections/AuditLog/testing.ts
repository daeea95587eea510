/** For the audit log's tests: the shared request helpers, and the entries of a document. */
import type { Payload } from 'payload'

export { graphqlAs, restAs } from '../../../test/requests.ts'

/** Every entry about one document, oldest first, read as the server. */
export async function entriesOf(payload: Payload, collection: string, docId: unknown): Promise<any[]> {
  const found = await payload.find({
    collection: 'audit-log',
    where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(docId) } }] },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs as any[]
}

/** Every entry, oldest first (the list's default order is newest first). */
export async function allEntries(payload: Payload): Promise<any[]> {
  const found = await payload.find({
    collection: 'audit-log',
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs as any[]
}
