/**
 * Invites a new meeting's people, an attendance row each, in the same transaction as the meeting: a members'
 * meeting invites everyone at home in the org who still belongs to it (those exempt from meetings too, marked
 * so, since they may still come); a committee meeting invites those holding a committee or secretary grant on it.
 * The rows are one multi-row insert (the bulk layer): a create per member ran its hooks and looked the org's
 * lineage up again for each of them, when every row carries the meeting's own org, lineage and path.
 */
import { COMMITTEE_MEETING_KINDS, type ID, idOf, idsOf, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook, Where } from 'payload'
import { bulkWriter } from '../../../db/bulk/index.ts'
import type { Meeting } from '../../../payload-types.ts'

export const inviteMembers: CollectionAfterChangeHook<Meeting> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const org = idOf(doc.org)
  if (org === undefined) return doc
  const committee = COMMITTEE_MEETING_KINDS.includes(doc.kind)
  const where: Where = committee
    ? { and: [{ 'grants.org': { equals: org } }, { 'grants.role': { in: ['committee', 'secretary'] } }] }
    : { and: [{ org: { equals: org } }, { status: { not_in: NOT_RECIPIENT_STATUSES } }] }
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true },
    req,
  })
  if (!docs.length) return doc
  const orgAncestors = idsOf(doc.orgAncestors)
  const writes = await bulkWriter(req.payload).inRequest(req)
  await writes.insertIfAbsent(
    'meeting-attendance',
    (docs as { id: ID; status?: string | null }[]).map((member) => ({
      key: `${doc.id}:${member.id}`,
      meeting: doc.id,
      member: member.id,
      exempt: member.status === 'mien-sinh-hoat',
      org,
      orgAncestors,
      orgPath: doc.orgPath ?? null,
    })),
    'key',
  )
  return doc
}
