/** A merger of two communes by the org-change job, and its raw baseline: shared by org-merge.ts and reports.ts. */
import { applyOrgChange } from '@sotay/cms/org-changes'
import { type ID, pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { exec } from './fanout-world.ts'

/** Members whose path lies under the commune. */
export async function membersUnder(payload: Payload, root: ID, commune: ID): Promise<number> {
  const path = pathOf([root, commune])
  const rows = await exec(payload, 'SELECT count(*) AS n FROM users WHERE org_path >= ? AND org_path < ?', [
    path,
    `${path}\uffff`,
  ])
  return Number(rows[0].n)
}

/** Xã `source` merges into xã `target` (its cells move under it; every row's lineage and path is rewritten). */
export async function mergeCommunes(payload: Payload, source: ID, target: ID) {
  const t0 = performance.now()
  const change = await payload.create({
    collection: 'org-changes',
    data: { kind: 'merge', source, target, dryRun: false } as never,
  })
  // The job's own work, called directly: the queue's runner logs to stdout, where the JSON line goes.
  await applyOrgChange(payload, change.id)
  const ms = Math.round(performance.now() - t0)
  const done = await payload.findByID({ collection: 'org-changes', id: change.id, depth: 0 })
  if (done.status !== 'done') throw new Error(`Sáp nhập thất bại: ${done.failure}`)
  return { ms, written: done.written }
}

/** The baseline from the same run: one raw UPDATE rewriting the path of a commune's members. */
export async function rawPathUpdateMs(payload: Payload, root: ID, commune: ID): Promise<number> {
  const path = pathOf([root, commune])
  const t0 = performance.now()
  await exec(payload, 'UPDATE users SET org_path = org_path || ? WHERE org_path >= ? AND org_path < ?', [
    '',
    path,
    `${path}\uffff`,
  ])
  return Math.round(performance.now() - t0)
}
