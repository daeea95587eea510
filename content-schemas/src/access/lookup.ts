/** Server-side lookups the access rules need: where an org sits in the tree. */
import type { PayloadRequest } from 'payload'
import { type ID, idOf, idsOf, type Ref } from '../shared/ids.ts'

/** The org itself and all its ancestors, read without access control (the rule decides, not the reader). */
export async function orgLineage(req: PayloadRequest, org: Ref): Promise<ID[]> {
  const id = idOf(org)
  if (id === undefined) return []
  const found = await req.payload.find({
    collection: 'orgs',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const doc = found.docs[0] as { id: ID; ancestors?: Ref[] } | undefined
  return doc ? [...idsOf(doc.ancestors), doc.id] : []
}

/** True when `org` exists and lies inside one of the subtrees rooted at `roots`. */
export async function orgIsWithin(req: PayloadRequest, org: Ref, roots: ID[]): Promise<boolean> {
  if (!roots.length) return false
  const lineage = await orgLineage(req, org)
  const rootKeys = new Set(roots.map(String))
  return lineage.some((id) => rootKeys.has(String(id)))
}

/** The meetings a person is invited to (they hold an attendance row), read without access control. */
export async function invitedMeetingIds(req: PayloadRequest, member: ID): Promise<ID[]> {
  const found = await req.payload.find({
    collection: 'meeting-attendance',
    where: { member: { equals: member } },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { meeting: true },
    req,
  })
  return idsOf((found.docs as { meeting?: Ref }[]).map((row) => row.meeting))
}

/** The meetings a person chairs or records, read without access control (they read the minutes' draft). */
export async function chairedOrRecordedMeetingIds(req: PayloadRequest, person: ID): Promise<ID[]> {
  const found = await req.payload.find({
    collection: 'meetings',
    where: { or: [{ chair: { equals: person } }, { recorder: { equals: person } }] },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { chair: true },
    req,
  })
  return (found.docs as { id: ID }[]).map((meeting) => meeting.id)
}

/** Those of `orgs` at the top of the tree (a province: no parent), read without access control. */
export async function topLevelOrgIds(req: PayloadRequest, orgs: ID[]): Promise<ID[]> {
  if (!orgs.length) return []
  const found = await req.payload.find({
    collection: 'orgs',
    where: { and: [{ id: { in: orgs } }, { parent: { exists: false } }] },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: {},
    req,
  })
  return (found.docs as { id: ID }[]).map((org) => org.id)
}
