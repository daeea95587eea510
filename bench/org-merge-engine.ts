/** One engine's merge benchmark (see org-merge.ts). */
import { applyOrgChange } from '@sotay/cms/org-changes'
import { benchPayload } from './benchPayload.ts'
import { exec, type Id, inTransaction } from './fanout-world.ts'

const CELLS = 10

/** A commune with CELLS cells and `members` members spread over them, their lineage stored as the hooks would. */
async function commune(
  payload: Awaited<ReturnType<typeof benchPayload>>['payload'],
  root: Id,
  code: string,
  members: number,
  start: number,
) {
  const org = async (c: string, name: string, kind: string, parent: Id) =>
    (await payload.create({ collection: 'orgs', data: { code: c, name, kind, parent } as never, depth: 0 }))
      .id as Id
  const id = await org(code, `Đảng ủy xã ${code}`, 'dang-uy-xa-phuong', root)
  const cells: Id[] = []
  for (let k = 1; k <= CELLS; k++)
    cells.push(await org(`${code}-C${k}`, `Chi bộ thôn ${k} (${code})`, 'chi-bo', id))
  const now = new Date().toISOString()
  const cols = ['username', 'full_name', 'status', 'org_id', 'login_attempts', 'created_at', 'updated_at']
  for (let made = 0; made < members; ) {
    const n = Math.min(500, members - made)
    const values: unknown[] = []
    for (let i = 0; i < n; i++, made++)
      values.push(
        `${80_000_000 + start + made}`,
        `Đảng viên số ${start + made}`,
        'chinh-thuc',
        cells[made % CELLS],
        0,
        now,
        now,
      )
    const marks = Array.from({ length: n }, () => `(${cols.map(() => '?').join(',')})`).join(',')
    await inTransaction(payload, [
      { sql: `INSERT INTO users (${cols.join(',')}) VALUES ${marks}`, args: values },
    ])
  }
  const inCells = cells.map(() => '?').join(',')
  for (const [i, anc] of [root, id].entries())
    await exec(
      payload,
      `INSERT INTO users_rels (parent_id, path, orgs_id, "order") SELECT id, 'orgAncestors', ?, ? FROM users WHERE org_id IN (${inCells})`,
      [anc, i + 1, ...cells],
    )
  return id
}

export async function runMergeEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_MERGE_MEMBERS ?? 500)
  const root = (
    await payload.create({
      collection: 'orgs',
      data: { code: 'BM', name: 'Tỉnh ủy (đo hiệu năng)', kind: 'tinh-uy' } as never,
    })
  ).id as Id
  log(`tạo 4 xã × ${members} đảng viên...`)
  const [a, b, c, d] = [
    await commune(payload, root, 'BM-A', members, 0),
    await commune(payload, root, 'BM-B', members, members),
    await commune(payload, root, 'BM-C', members, 2 * members),
    await commune(payload, root, 'BM-D', members, 3 * members),
  ]

  // The job: xã A merges into xã B (its cells move under B; every member's lineage is rewritten).
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
  const moved = await exec(
    payload,
    `SELECT COUNT(*) AS n FROM users_rels WHERE path = 'orgAncestors' AND orgs_id = ?`,
    [b],
  )

  // The baseline from the same run: the one raw UPDATE that re-points xã C's members' stored ancestor to D.
  const t1 = performance.now()
  await exec(payload, `UPDATE users_rels SET orgs_id = ? WHERE path = 'orgAncestors' AND orgs_id = ?`, [d, c])
  const rawMs = performance.now() - t1
  return {
    engine,
    membersPerCommune: members,
    membersMoved: Number(moved[0]?.n ?? moved[0]?.[0] ?? 0) - members,
    mergeJobMs: Math.round(jobMs),
    rawUpdateMs: Math.round(rawMs),
    written: done.written,
  }
}
