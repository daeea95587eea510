/**
 * Rules for Payload's own collections (document locks, admin preferences, jobs, migrations), which Payload
 * otherwise opens to any signed-in user. The CMS puts them in place after Payload has added those collections.
 */
import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'
import { type ID, idOf, type Ref, sameId } from '../shared/ids.ts'
import { asSessionUser, hasAnyGrant } from './session.ts'

interface Polymorphic {
  relationTo: string
  value: Ref
}

const asPolymorphic = (value: unknown): Polymorphic | undefined =>
  value && typeof value === 'object' && 'relationTo' in value && 'value' in value
    ? (value as Polymorphic)
    : undefined

/** True when the user may update document `id` of `slug`, by that collection's own update rule. */
export async function mayUpdateDocument(req: PayloadRequest, slug: string, id: ID): Promise<boolean> {
  const collection = req.payload.collections[slug as CollectionSlug]
  const rule = collection?.config.access.update
  if (!rule) return false
  const allowed = await rule({ req, id, data: undefined })
  if (typeof allowed === 'boolean') return allowed
  const { totalDocs } = await req.payload.count({
    collection: slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, allowed as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Admins see which documents are being edited (the admin shows "đang được sửa bởi …"); members never. */
export const readLocks: Access = ({ req }) => hasAnyGrant(asSessionUser(req.user))

/**
 * Locking, taking over or releasing a lock needs the right to edit the locked document; a lock is always
 * in one's own name. Without a document to judge (a bulk change), only one's own locks.
 */
export const manageLocks: Access = async ({ req, id, data }) => {
  const user = asSessionUser(req.user)
  if (!user || !hasAnyGrant(user)) return false
  const owner = asPolymorphic(data?.user)
  if (owner && !sameId(idOf(owner.value), user.id)) return false
  let document = asPolymorphic(data?.document)
  if (!document && id !== undefined) {
    const lock = await req.payload
      .findByID({ collection: 'payload-locked-documents', id, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    document = asPolymorphic(lock?.document)
  }
  if (!document) return id === undefined ? { 'user.value': { equals: user.id } } : false
  const documentId = idOf(document.value)
  return documentId !== undefined && mayUpdateDocument(req, document.relationTo, documentId)
}

/** Admin preferences (column choices, collapsed groups) belong to the one user who saved them. */
export const ownPreferences: Access = ({ req }) => {
  const user = asSessionUser(req.user)
  if (!user) return false
  const own: Where[] = [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: 'users' } }]
  return { and: own }
}
