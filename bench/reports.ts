/**
 * Benchmark of the reports: a generated province (BENCH_REPORT_MEMBERS, default 2,000; the figure is
 * 450,000) with a year of activity days and three notices fanned out; the province's and one commune's report
 * p50/p95 (what the dashboard reads), the province's XLSX export, against a raw `SELECT count(*) FROM users` in
 * the same run. `tsx bench/reports.ts` (BENCH_ENGINES=sqlite,postgres; BENCH_REPORT_ROUNDS).
 */
import { printBenchLine } from './jsonLine.ts'
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./reports-engine.ts')).runReportsEngine(engine)

const results = await perEngine(import.meta.url, measure)
for (const [engine, r] of results) {
  console.log(
    `\n## ${engine}: báo cáo thống kê, ${r.members} đảng viên, ${r.communes} xã, ${r.activityDays} ngày sử dụng — ms`,
  )
  console.log('| | p50 | p95 |')
  console.log('|---|---|---|')
  console.log(`| báo cáo cả tỉnh (bảng điều khiển) | ${r.province.p50} | ${r.province.p95} |`)
  console.log(`| báo cáo một xã | ${r.commune.p50} | ${r.commune.p95} |`)
  console.log(`| xuất XLSX cả tỉnh (${r.xlsx.bytes} byte) | ${r.xlsx.ms} | |`)
  console.log(`| SELECT count(*) FROM users | ${r.rawCount.p50} | ${r.rawCount.p95} |`)
}
printBenchLine(
  'reports',
  results.map(([, r]) => r),
)
