/**
 * Benchmark of a merger: four communes of BENCH_MERGE_MEMBERS members each (default 500; the goal is 5,000 each
 * in ≤ 60 s) with the reports bench's year of activity (reports-world.ts: attendance, inbox, quiz attempts,
 * tasks...), xã A merged into xã B by the org-change job (the tree edited, every row's lineage and path rewritten
 * set-wise), against one raw UPDATE of xã C's members' paths from the same run.
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
  console.log(`| một câu UPDATE thô org_path của một xã | ${r.rawUpdateMs} | ${r.membersPerCommune} |`)
}
printBenchLine(
  'org-merge',
  results.map(([, r]) => r),
)
