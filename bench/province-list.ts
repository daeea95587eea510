/**
 * The province committee's member list at province size: `GET /api/users?limit=100` on a generated province of
 * BENCH_PROVINCE_MEMBERS members (default 20,000; the goal is p95 ≤ 150 ms at c=1 and ≥ 40 req/s at c=8 with
 * 450,000), each against a bare node:http answering the same bytes in the same run.
 * `tsx bench/province-list.ts` (BENCH_ENGINES=sqlite,postgres, BENCH_REQUESTS=200).
 */
import { perEngine } from './perEngine.ts'
import type { ProvinceListRow } from './province-list-engine.ts'

const measure = async (engine: string) => (await import('./province-list-engine.ts')).runProvinceList(engine)

const rows: ProvinceListRow[] = []
for (const [engine, engineRows] of await perEngine(import.meta.url, measure)) {
  const members = engineRows[0]?.members ?? 0
  console.log(
    `\n## ${engine}: danh sách đảng viên của cấp ủy tỉnh, ${members.toLocaleString('en-US')} đảng viên`,
  )
  console.log('| yêu cầu | p50 c=1 (ms) | p95 c=1 (ms) | req/s c=8 | node:http trần req/s c=8 (mốc) |')
  console.log('|---|---|---|---|---|')
  for (const r of engineRows) console.log(`| ${r.request} | ${r.p50} | ${r.p95} | ${r.rps} | ${r.bareRps} |`)
  rows.push(...engineRows)
}
console.log(JSON.stringify({ bench: 'province-list', rows }))
