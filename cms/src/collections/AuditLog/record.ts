/**
 * `recordAudit(req or payload, entry)`: writes one audit entry as the server. With a request it joins the
 * request's transaction (the entry and the write it describes are stored together or not at all) and reads
 * who and from where from it; with only a Payload the caller says who and from where.
 *
 * It throws when the entry cannot be written: the caller decides between refusing the action (admin writes,
 * exports: no trace, no action) and carrying on (a failed sign-in must still get its one answer).
 */
import type { Payload, PayloadRequest } from 'payload'
import { claimedAddresses, clientAddress } from '../../auth/clientAddress.ts'
import { isCollectionSlug } from '../shared/isCollectionSlug.ts'
import { AUDIT_LOG_SLUG, type AuditActor, type AuditEntry } from './entry.ts'
import { redact } from './redact.ts'

type ID = number | string

const isRequest = (target: Payload | PayloadRequest): target is PayloadRequest =>
  'payload' in target && 'context' in target

const idOf = (ref: unknown): ID | undefined => {
  if (ref === null || ref === undefined || ref === '') return undefined
  if (typeof ref === 'object') return idOf((ref as { id?: unknown }).id)
  return typeof ref === 'number' || typeof ref === 'string' ? ref : undefined
}

/** The org an actor's actions concern when the document has none: their first grant's, then their home org. */
const actorOrg = (actor: AuditActor | null | undefined): ID | undefined =>
  idOf(actor?.grants?.[0]?.org) ?? idOf(actor?.org)

/** A name kept with the entry, so it still reads when the account is renamed or deleted. */
const actorName = (actor: AuditActor | null | undefined): string =>
  actor?.fullName || actor?.username || actor?.email || (actor?.id != null ? `#${actor.id}` : 'Hệ thống')

/** Ids arriving as text from a query string, stored as numbers where the database numbers them. */
const asStoredId = (payload: Payload, id: ID | undefined): ID | undefined =>
  typeof id === 'string' && /^\d+$/.test(id) && payload.db.defaultIDType === 'number' ? Number(id) : id

/** The collection's Vietnamese name at the time, for the list (collections get renamed, entries stay). */
function collectionLabel(payload: Payload, slug: string | undefined): string | null {
  if (!slug) return null
  if (!isCollectionSlug(payload, slug)) return slug
  const labels = payload.collections[slug].config.labels
  const singular = labels?.singular as unknown
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object') return (singular as { vi?: string }).vi ?? slug
  return slug
}

export async function recordAudit(target: Payload | PayloadRequest, entry: AuditEntry): Promise<void> {
  const req = isRequest(target) ? target : undefined
  const payload = req ? req.payload : (target as Payload)
  const actor = entry.actor === undefined ? (req?.user as AuditActor | null | undefined) : entry.actor
  const ip = entry.ip === undefined ? clientAddress(req) : entry.ip
  const claimed = entry.ip === undefined ? claimedAddresses(req) : null
  const org = asStoredId(payload, entry.org === undefined ? actorOrg(actor) : (entry.org ?? undefined))
  const at = new Date().toISOString()
  const details = redact({ ...entry.details, ...(claimed ? { forwardedFor: claimed } : {}) }) as Record<
    string,
    unknown
  >

  await payload.create({
    collection: AUDIT_LOG_SLUG,
    data: {
      at,
      at_tz: 'Asia/Ho_Chi_Minh',
      action: entry.action,
      actor: asStoredId(payload, idOf(actor?.id)) ?? null,
      actorName: actorName(actor),
      collectionSlug: entry.collection ?? null,
      collectionLabel: collectionLabel(payload, entry.collection),
      docId: entry.docId != null ? String(entry.docId) : null,
      docTitle: entry.docTitle ? String(redact(entry.docTitle)) : null,
      org: org ?? null,
      changes: entry.changes ?? [],
      details,
      ip: ip ?? null,
    },
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
}
