/** The orgs a caller runs meetings for, and names of orgs and people, read for the meeting answers. */
import {
  grantedOrgIds,
  type ID,
  isSuperadmin,
  MEETING_ROLES,
  orgsWithin,
  type SessionUser,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { jsonError } from '../http/json.ts'
import { MEETING_MESSAGES } from './messages.ts'

/** The roots of the caller's meeting grants (a superadmin: the tree's roots). */
export async function meetingRoots(payload: Payload, user: SessionUser): Promise<ID[]> {
  if (isSuperadmin(user)) {
    const { docs } = await payload.find({
      collection: 'orgs',
      where: { parent: { exists: false } },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs.map((d) => d.id)
  }
  return grantedOrgIds(user, MEETING_ROLES)
}

/** Orgs the caller may schedule meetings of: their granted orgs and everything below (capped for the form). */
export async function runOrgs(payload: Payload, user: SessionUser): Promise<{ id: ID; name: string }[]> {
  const roots = await meetingRoots(payload, user)
  if (!roots.length) return []
  const { docs } = await payload.find({
    collection: 'orgs',
    where: orgsWithin(roots),
    select: { name: true, path: true },
    sort: 'path',
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  return (docs as { id: ID; name: string }[]).map((d) => ({ id: d.id, name: d.name }))
}

/** Whether `org` is one of `roots` or below one of them. */
export async function withinRoots(payload: Payload, roots: ID[], org: ID): Promise<boolean> {
  if (!roots.length) return false
  const found = await payload.count({
    collection: 'orgs',
    where: { and: [{ id: { equals: org } }, orgsWithin(roots)] },
    overrideAccess: true,
  })
  return found.totalDocs > 0
}

export async function namesById(
  payload: Payload,
  collection: 'orgs' | 'users',
  ids: ID[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.map(String))]
  if (!unique.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: unique } },
    select: collection === 'orgs' ? { name: true } : { fullName: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(
    (docs as { id: ID; name?: string; fullName?: string }[]).map((d) => [
      String(d.id),
      d.name ?? d.fullName ?? '',
    ]),
  )
}

/**
 * The org a committee report asks about: the one named, when it lies in the caller's meeting subtrees, else
 * their first; `refused` is the Vietnamese 403 (in the report's own words) for someone who oversees nothing or
 * names an org outside.
 */
export async function overseenOrg(
  payload: Payload,
  user: SessionUser,
  named: ID | undefined,
  messages: { notOverseer: string; orgOutside: string } = MEETING_MESSAGES,
): Promise<{ roots: ID[]; org: ID; refused?: undefined } | { refused: Response }> {
  const roots = await meetingRoots(payload, user)
  if (!roots.length) return { refused: jsonError(403, 'not_overseer', messages.notOverseer) }
  if (named !== undefined && !(await withinRoots(payload, roots, named)))
    return { refused: jsonError(403, 'outside_subtree', messages.orgOutside) }
  return { roots, org: named ?? roots[0] }
}
