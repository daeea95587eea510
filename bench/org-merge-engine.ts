/** One engine's merge benchmark (see org-merge.ts). */
import { benchPayload } from './benchPayload.ts'
import { membersUnder, mergeCommunes, rawPathUpdateMs } from './mergeCommunes.ts'
import { buildReportsWorld } from './reports-world.ts'

export async function runMergeEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const members = Number(process.env.BENCH_MERGE_MEMBERS ?? 500)
  log(`tạo 4 xã × ${members} đảng viên, một năm hoạt động...`)
  const world = await buildReportsWorld(payload, 4 * members, log, { communeSize: members })
  const [a, b, c] = world.communes
  const before = await membersUnder(payload, world.root, b)
  const merged = await mergeCommunes(payload, a, b)
  const moved = (await membersUnder(payload, world.root, b)) - before
  const rawMs = await rawPathUpdateMs(payload, world.root, c)
  return {
    engine,
    membersPerCommune: members,
    membersMoved: moved,
    rows: world.rows,
    mergeJobMs: merged.ms,
    rawUpdateMs: rawMs,
    written: merged.written,
  }
}
