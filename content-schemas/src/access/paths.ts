/**
 * The materialised org path: an org's lineage, root first, as `/<rootId>/<childId>/…/<ownId>/`. Orgs store it
 * as `path`, every org-owned row as `orgPath` (its org's path), so "inside this subtree" is one indexed range
 * on a string instead of an `in` match through a relationship table.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { type ID, idOf, type Ref } from '../shared/ids.ts'

/** The path of the org whose lineage (root first, the org itself last) is `lineage`. */
export const pathOf = (lineage: readonly Ref[]): string =>
  `/${lineage.map((org) => String(idOf(org))).join('/')}/`

/** Above every character a path holds ('/' and digits, or an id's letters): the range's open end. */
export const PAST_PREFIX = '\uffff'

/**
 * Rows whose `field` starts with one of `paths`: a range per path (`>= p and < p + U+FFFF`), which both
 * engines answer from the field's index. Payload's `like` is `ILIKE '%p%'`, which no index serves.
 */
export function underPaths(paths: readonly string[], field = 'orgPath'): Where {
  const kept = outermost(paths)
  // No path (an org without one, or no org at all): nothing, as a Where that matches no row.
  if (!kept.length) return { id: { exists: false } }
  const ranges: Where[] = kept.map((path) => ({
    and: [{ [field]: { greater_than_equal: path } }, { [field]: { less_than: `${path}${PAST_PREFIX}` } }],
  }))
  return ranges.length === 1 ? (ranges[0] as Where) : { or: ranges }
}

/** Drops the paths that lie inside another one given: the outer range already holds them. */
function outermost(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort()
  return sorted.filter((path, i) => !sorted.slice(0, i).some((outer) => path.startsWith(outer)))
}

const CACHE = Symbol.for('sotay.orgPaths')

/**
 * The stored paths of `orgs`, read without access control, once per request: a request evaluates several
 * rules (the admin asks every collection's) and the tree cannot change under one of them.
 */
export async function orgPaths(req: PayloadRequest, orgs: readonly ID[]): Promise<string[]> {
  if (!orgs.length) return []
  const context = (req.context ?? {}) as Record<symbol, Map<string, string | null> | undefined>
  const cache = context[CACHE] ?? new Map<string, string | null>()
  context[CACHE] = cache
  const missing = orgs.filter((id) => !cache.has(String(id)))
  if (missing.length) {
    for (const id of missing) cache.set(String(id), null)
    for (const org of await storedOrgPaths(req.payload, missing, req)) cache.set(String(org.id), org.path)
  }
  return orgs.map((id) => cache.get(String(id))).filter((path): path is string => Boolean(path))
}

/** The stored paths of `orgs`, read as the server (orgs without one are left out). */
export async function storedOrgPaths(
  payload: Payload,
  orgs: readonly ID[],
  req?: PayloadRequest,
): Promise<{ id: ID; path: string }[]> {
  if (!orgs.length) return []
  const found = await payload.find({
    collection: 'orgs',
    where: { id: { in: [...orgs] } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { path: true },
    req,
  })
  return (found.docs as { id: ID; path?: string | null }[]).flatMap((org) =>
    org.path ? [{ id: org.id, path: org.path }] : [],
  )
}

/** Org-owned rows inside the subtrees rooted at `roots`, on `orgPath` (or `version.orgPath` in version tables). */
export async function ownedUnder(
  req: PayloadRequest,
  roots: readonly ID[],
  field = 'orgPath',
): Promise<Where> {
  return underPaths(await orgPaths(req, roots), field)
}

/** Orgs that are one of `roots` or below them, on the tree's own `path`. */
export async function orgsUnder(req: PayloadRequest, roots: readonly ID[]): Promise<Where> {
  return underPaths(await orgPaths(req, roots), 'path')
}
