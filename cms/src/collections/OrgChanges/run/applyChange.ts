/**
 * Runs one change: the dry run counts what would move and lists the members; the real run edits the tree,
 * then rewrites every table's lineage set-wise, one table per transaction, saving the progress after each.
 */
import { type ID, idOf, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import type { OrgChange } from '../../../payload-types.ts'
import { lineageSets } from './lineageSets.ts'
import { applyTree, refusalOf, whatMoves } from './plan.ts'
import { countRows, repointColumn, rewriteSet } from './rewrite.ts'

/** The members listed in the dry run; the count says how many more there are. */
const LISTED_MEMBERS = 500

export type ChangePreview = {
  orgs: string[]
  counts: Record<string, number>
  members: { name: string; org: string }[]
  memberCount: number
  [more: string]: unknown
}

export async function applyOrgChange(payload: Payload, changeId: ID): Promise<void> {
  const change = await payload.findByID({
    collection: 'org-changes',
    id: changeId,
    depth: 0,
    overrideAccess: true,
  })
  const save = (data: Partial<OrgChange>) =>
    payload.update({
      collection: 'org-changes',
      id: changeId,
      data,
      depth: 0,
      overrideAccess: true,
      context: { [ORG_CHANGE_CONTEXT]: true },
    })
  await save({ status: 'running', percent: 0, failure: null })
  try {
    const refusal = await refusalOf(payload, change)
    if (refusal) throw new Error(refusal)
    const { sets, orgColumns } = lineageSets(payload)
    const preview = await previewOf(payload, change)
    if (change.dryRun) {
      await save({ status: 'previewed', percent: 100, preview, finishedAt: new Date().toISOString() })
      return
    }
    await save({ preview })
    const { rewrites } = await applyTree(payload, { ...change, id: changeId })
    const written: Record<string, number> = {}
    const steps = sets.length + 1
    // Progress is saved at most once a second: each save is a Payload update with its hooks and audit entry,
    // which cost more than most tables' rewrite.
    let saved = performance.now()
    for (const [i, set] of sets.entries()) {
      const rows = await rewriteSet(payload, set, rewrites)
      if (!set.table.startsWith('_')) written[set.slug] = (written[set.slug] ?? 0) + rows
      if (performance.now() - saved < 1000) continue
      await save({ percent: Math.floor(((i + 1) / steps) * 100), written })
      saved = performance.now()
    }
    if (change.kind === 'merge') {
      for (const column of orgColumns)
        await repointColumn(payload, column, idOf(change.source) as ID, idOf(change.target) as ID)
    }
    // Today's report figures follow the new tree in the next minutes; past days keep the tree they were
    // counted under.
    await payload.jobs.queue({ task: 'rollUpReports', input: {} })
    await save({ status: 'done', percent: 100, written, finishedAt: new Date().toISOString() })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Thay đổi tổ chức ${changeId} thất bại` })
    await save({ status: 'failed', failure: error instanceof Error ? error.message : String(error) })
  }
}

/** What the change will move: the orgs, the rows per collection, and the members, without changing anything. */
export async function previewOf(payload: Payload, change: OrgChange): Promise<ChangePreview> {
  const { sets } = lineageSets(payload)
  const { orgs, owners } = await whatMoves(payload, change)
  const counts: Record<string, number> = {}
  for (const set of sets.filter((s) => !s.table.startsWith('_'))) {
    let n = 0
    for (const o of owners) n += await countRows(payload, set, o)
    if (n) counts[set.slug] = (counts[set.slug] ?? 0) + n
  }
  const orgIds = orgs.map((o) => o.id)
  const names = new Map(orgs.map((o) => [String(o.id), o.name]))
  const split = owners.flatMap((o) => ('members' in o ? o.members : []))
  const where: Where = { or: [{ org: { in: orgIds } }, ...(split.length ? [{ id: { in: split } }] : [])] }
  const members = await payload.find({
    collection: 'users',
    where,
    sort: 'fullName',
    limit: LISTED_MEMBERS,
    depth: 0,
    overrideAccess: true,
    select: { fullName: true, org: true },
  })
  const orgNames = new Map(names)
  const unknown = members.docs
    .map((m) => idOf(m.org))
    .filter((id) => id !== undefined && !orgNames.has(String(id)))
  if (unknown.length) {
    const more = await payload.find({
      collection: 'orgs',
      where: { id: { in: unknown } },
      depth: 0,
      limit: 0,
      overrideAccess: true,
      select: { name: true },
    })
    for (const o of more.docs) orgNames.set(String(o.id), o.name)
  }
  return {
    orgs: orgs.map((o) => o.name),
    counts: { orgs: orgs.length, ...counts },
    members: members.docs.map((m) => ({ name: m.fullName, org: orgNames.get(String(idOf(m.org))) ?? '' })),
    memberCount: members.totalDocs,
  }
}
