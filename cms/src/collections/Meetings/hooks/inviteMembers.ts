/**
 * Invites a new meeting's people, an attendance row each, in the same transaction as the meeting: a members'
 * meeting invites everyone at home in the org who still belongs to it (those exempt from meetings too, marked
 * so, since they may still come); a committee meeting invites those holding a committee or secretary grant on it.
 */
import { COMMITTEE_MEETING_KINDS, type ID, idOf, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook, Where } from 'payload'
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
  for (const member of docs as { id: ID; status?: string | null }[]) {
    await req.payload.create({
      collection: 'meeting-attendance',
      data: {
        key: `${doc.id}:${member.id}`,
        meeting: doc.id,
        member: member.id,
        exempt: member.status === 'mien-sinh-hoat',
        org,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return doc
}
