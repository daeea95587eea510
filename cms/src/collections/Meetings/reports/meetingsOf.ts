/** The meetings of a subtree in a time range, as the reports read them (the server's read, after the caller's check). */
import { type ID, storedOrgPaths, underPaths } from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import type { Meeting } from '../../../payload-types.ts'

const CHUNK = 500

export type ReportMeeting = Pick<
  Meeting,
  'id' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'status' | 'month' | 'postedOnTime' | 'org' | 'createdAt'
>

/** `ownOnly`: meetings of exactly these orgs (by the org index), not of the subtrees below them. */
export async function meetingsOf(
  payload: Payload,
  orgs: ID[],
  filter: { from?: Date; to?: Date; month?: string; regularOnly?: boolean; ownOnly?: boolean },
): Promise<ReportMeeting[]> {
  if (filter.ownOnly && orgs.length > CHUNK) {
    const parts: ReportMeeting[] = []
    for (let i = 0; i < orgs.length; i += CHUNK)
      parts.push(...(await meetingsOf(payload, orgs.slice(i, i + CHUNK), filter)))
    return parts.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  }
  // A subtree is a range on the stored path (one index), not a match through the lineage table.
  const scope: Where = filter.ownOnly ? { org: { in: orgs } } : underPaths(await subtreePaths(payload, orgs))
  const and: Where[] = [scope, { status: { not_equals: 'cancelled' } }]
  if (filter.from) and.push({ startsAt: { greater_than_equal: filter.from.toISOString() } })
  if (filter.to) and.push({ startsAt: { less_than: filter.to.toISOString() } })
  if (filter.month) and.push({ month: { equals: filter.month } })
  if (filter.regularOnly) and.push({ kind: { equals: 'thuong-ky' } })
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { and },
    select: {
      title: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      status: true,
      month: true,
      postedOnTime: true,
      org: true,
      createdAt: true,
    },
    sort: 'startsAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as ReportMeeting[]
}

/** The stored paths of `orgs` (the roots of the subtrees a report covers), read as the server. */
export async function subtreePaths(payload: Payload, orgs: ID[]): Promise<string[]> {
  return (await storedOrgPaths(payload, orgs)).map((org) => org.path)
}
