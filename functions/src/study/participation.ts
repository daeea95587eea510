/**
 * Participation and scores per organisation for a committee (kết quả theo tổ chức): the submitted attempts of
 * one quiz under an org the caller administers, counted per org one level below it (drill down by asking for
 * that org), and per member once the org is a cell. Read as the caller: `readQuizAttempts` keeps it to their
 * subtree.
 */
import { grantedOrgIds, idOf, idsOf, type Ref, type SessionUser, STUDY_ROLES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { StoredAttempt } from './stored.ts'

type Row = StoredAttempt & { org?: Ref; orgAncestors?: Ref[] | null }

export interface OrgScore {
  org: { id: number | string; name: string }
  members: number
  passed: number
  averagePercent: number
}
export interface MemberScore {
  fullName: string
  percent: number
  passed: boolean
}

/** The orgs the caller may look into: inside a subtree they hold a study grant on. */
export async function mayLookInto(payload: Payload, user: SessionUser, org: number | string) {
  const roots = new Set(grantedOrgIds(user, STUDY_ROLES).map(String))
  if (user.grants?.some((g) => g.role === 'superadmin')) return true
  if (!roots.size) return false
  const found = await payload.findByID({ collection: 'orgs', id: org, depth: 0, overrideAccess: true })
  const lineage = [...idsOf((found as { ancestors?: Ref[] }).ancestors), found.id].map(String)
  return lineage.some((id) => roots.has(id))
}

export async function participation(
  payload: Payload,
  user: FnUser,
  quiz: number | string,
  org: number | string,
) {
  const found = await payload.find({
    collection: 'quiz-attempts',
    where: {
      and: [
        { quiz: { equals: quiz } },
        { submittedAt: { exists: true } },
        { or: [{ org: { equals: org } }, { orgAncestors: { in: [org] } }] },
      ],
    },
    limit: 100_000,
    depth: 0,
    user,
    overrideAccess: false,
    select: { member: true, org: true, orgAncestors: true, percent: true, passed: true },
  })
  const rows = found.docs as unknown as Row[]
  // Each member counts once, with their best attempt.
  const best = new Map<string, Row>()
  for (const row of rows) {
    const key = String(idOf(row.member as Ref))
    const kept = best.get(key)
    if (!kept || (row.percent ?? 0) > (kept.percent ?? 0)) best.set(key, row)
  }
  const groups = new Map<string, Row[]>()
  for (const row of best.values()) {
    const lineage = [...idsOf(row.orgAncestors), idOf(row.org)].map(String)
    const below = lineage[lineage.indexOf(String(org)) + 1] ?? String(org)
    groups.set(below, [...(groups.get(below) ?? []), row])
  }
  const names = await payload.find({
    collection: 'orgs',
    where: { id: { in: [...groups.keys()] } },
    limit: groups.size || 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  const nameOf = new Map(names.docs.map((o) => [String(o.id), String((o as { name?: string }).name ?? '')]))
  const orgs: OrgScore[] = [...groups.entries()]
    .map(([id, members]) => ({
      org: { id: /^\d+$/.test(id) ? Number(id) : id, name: nameOf.get(id) ?? '' },
      members: members.length,
      passed: members.filter((m) => m.passed).length,
      averagePercent: Math.round(members.reduce((sum, m) => sum + (m.percent ?? 0), 0) / members.length),
    }))
    .sort((a, b) => a.org.name.localeCompare(b.org.name, 'vi'))
  // Names only once the caller has drilled down to one cell: the members of its own org.
  const own = groups.get(String(org)) ?? []
  const people = own.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: own.map((r) => idOf(r.member as Ref)) } },
        limit: own.length,
        depth: 0,
        user,
        overrideAccess: false,
        select: { fullName: true },
      })
    : { docs: [] }
  const fullName = new Map(
    people.docs.map((p) => [String(p.id), String((p as { fullName?: string }).fullName ?? '')]),
  )
  const members: MemberScore[] = own
    .map((r) => ({
      fullName: fullName.get(String(idOf(r.member as Ref))) ?? '',
      percent: r.percent ?? 0,
      passed: Boolean(r.passed),
    }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'))
  return { orgs: orgs.filter((o) => String(o.org.id) !== String(org)), members }
}

type FnUser = Parameters<Payload['find']>[0]['user']
