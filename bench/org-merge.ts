/**
 * Benchmark of a merger: two communes of BENCH_MERGE_MEMBERS members each (default 500; the goal is 5,000 each
 * in ≤ 60 s), xã A merged into xã B by the org-change job (the tree edited, every member's lineage rewritten
 * set-wise), against the one raw UPDATE that re-points another commune's members from the same run.
 * `tsx bench/org-merge.ts` (BENCH_ENGINES=sqlite,postgres).
 */
import { printBenchLine } from './jsonLine.ts'
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./org-merge-engine.ts')).runMergeEngine(engine)

const results = await perEngine(import.meta.url, measure)
for (const [engine, r] of results) {
  console.log(`\n## ${engine}: sáp nhập hai xã, mỗi xã ${r.membersPerCommune} đảng viên — ms`)
  console.log('| | ms | đảng viên |')
  console.log('|---|---|---|')
  console.log(`| việc sáp nhập (org-changes, cả cây và dòng dõi) | ${r.mergeJobMs} | ${r.membersMoved} |`)
  console.log(`| một câu UPDATE thô trên users_rels | ${r.rawUpdateMs} | ${r.membersPerCommune} |`)
}
printBenchLine(
  'org-merge',
  results.map(([, r]) => r),
)
