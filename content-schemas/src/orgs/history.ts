/**
 * An org as it was on a given day. Each rename or move appends the former name and parent to the org's
 * `history` with the instant it stopped being true (`until`); a merged org keeps its row (status `merged`,
 * `mergedInto`), so activity recorded under it keeps a name. Reports of a past period attribute a member's
 * activity to the org recorded for that day and name it with `orgAt(org, day)`.
 */
import { type ID, idOf, type Ref } from '../shared/ids.ts'

export interface OrgHistoryEntry {
  name: string
  parent?: Ref | null
  /** ISO instant when this name and parent stopped being current. */
  until: string
}

export interface OrgWithHistory {
  id: ID
  name: string
  parent?: Ref | null
  status?: string | null
  mergedInto?: Ref | null
  mergedAt?: string | null
  history?: OrgHistoryEntry[] | null
}

export interface OrgAsOf {
  id: ID
  name: string
  parent: ID | undefined
  /** The org this one had been merged into by that day, if any. */
  mergedInto: ID | undefined
}

/** The org's name and parent on `date` (and whether it had been merged by then). */
export function orgAt(org: OrgWithHistory, date: Date | string): OrgAsOf {
  const at = new Date(date).getTime()
  const former = [...(org.history ?? [])]
    .sort((a, b) => Date.parse(a.until) - Date.parse(b.until))
    .find((entry) => at < Date.parse(entry.until))
  const merged = org.status === 'merged' && org.mergedAt && at >= Date.parse(org.mergedAt)
  return {
    id: org.id,
    name: former?.name ?? org.name,
    parent: idOf(former ? former.parent : org.parent),
    mergedInto: merged ? idOf(org.mergedInto) : undefined,
  }
}
