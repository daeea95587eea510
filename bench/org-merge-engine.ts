/** One engine's merge benchmark (see org-merge.ts). */
import { applyOrgChange } from '@sotay/cms/org-changes'
import { pathOf } from '@sotay/content-schemas'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { buildReportsWorld } from './reports-world.ts'

export async function runMergeEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_MERGE_MEMBERS ?? 500)
  log(`tạo 4 xã × ${members} đảng viên, một năm hoạt động...`)
  const world = await buildReportsWorld(payload, 4 * members, log, { communeSize: members })
  const [a, b, c] = world.communes
  const under = async (commune: unknown) =>
    Number(
      (
        await exec(payload, 'SELECT count(*) AS n FROM users WHERE org_path >= ? AND org_path < ?', [
          pathOf([world.root, commune as never]),
          `${pathOf([world.root, commune as never])}\uffff`,
        ])
      )[0].n,
    )
  const before = await under(b)

  // The job: xã A merges into xã B (its cells move under B; every row's lineage and path is rewritten).
  const t0 = performance.now()
  const change = await payload.create({
    collection: 'org-changes',
    data: { kind: 'merge', source: a, target: b, dryRun: false } as never,
  })
  // The job's own work, called directly: the queue's runner logs to stdout, where the JSON line goes.
  await applyOrgChange(payload, change.id)
  const jobMs = performance.now() - t0
  const done = await payload.findByID({ collection: 'org-changes', id: change.id, depth: 0 })
  if (done.status !== 'done') throw new Error(`Sáp nhập thất bại: ${done.failure}`)
  const moved = (await under(b)) - before

  // The baseline from the same run: one raw UPDATE rewriting the path of xã C's members.
  const path = pathOf([world.root, c])
  const t1 = performance.now()
  await exec(payload, 'UPDATE users SET org_path = org_path || ? WHERE org_path >= ? AND org_path < ?', [
    '',
    path,
    `${path}\uffff`,
  ])
  const rawMs = performance.now() - t1
  return {
    engine,
    membersPerCommune: members,
    membersMoved: moved,
    rows: world.rows,
    mergeJobMs: Math.round(jobMs),
    rawUpdateMs: Math.round(rawMs),
    written: done.written,
  }
}
