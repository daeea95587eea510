/**
 * Benchmark of the reports: a generated province (BENCH_REPORT_MEMBERS, default 2,000; the figure is
 * 450,000: 90 communes of 5,000, cells of 30) with a year of activity, written set-wise in SQL
 * (reports-world.ts). Density per member and year: 2 in 3 members use the app, on about 18 days; 12 regular
 * meetings of their cell (on the 10th; 1 cell in 25 skips a month, 1 in 10 posts late), invited to each, present
 * at 4 in 5; 12 monthly quizzes, 1 in 3 members submits each; 6 province-wide notices, 2 in 3 read; each cell
 * gets 12 tasks from its commune (3 in 4 done), each with a progress report. Then the year's roll-ups as the job
 * leaves them (timed), one job pass (timed), the province's and one commune's report p50/p95 (what the dashboard
 * reads), and the province's XLSX with every org of it, against a raw `SELECT count(*) FROM users` in the same run.
 * `tsx bench/reports.ts` (BENCH_ENGINES=sqlite,postgres; BENCH_REPORT_ROUNDS, default 20). BENCH_REPORT_MERGE=1
 * then merges the first commune into the second inside that province (the "two communes of 5,000 each"),
 * against a raw UPDATE of one commune's paths from the same run.
 */
import { printBenchLine } from './jsonLine.ts'
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./reports-engine.ts')).runReportsEngine(engine)

const results = await perEngine(import.meta.url, measure)
for (const [engine, r] of results) {
  const rows = Object.values(r.rows).reduce((s, n) => s + n, 0)
  console.log(
    `\n## ${engine}: báo cáo thống kê, ${r.members} đảng viên, ${r.communes} xã, ${r.cells} chi bộ, ${rows} dòng hoạt động`,
  )
  console.log('| | p50 | p95 |')
  console.log('|---|---|---|')
  console.log(`| báo cáo cả tỉnh (bảng điều khiển), ms | ${r.province.p50} | ${r.province.p95} |`)
  console.log(`| báo cáo một xã, ms | ${r.commune.p50} | ${r.commune.p95} |`)
  console.log(`| SELECT count(*) FROM users, ms | ${r.rawCount.p50} | ${r.rawCount.p95} |`)
  console.log(
    `| xuất XLSX cả tỉnh (${r.xlsx.rows} tổ chức, ${r.xlsx.bytes} byte), giây | ${r.xlsx.seconds} | |`,
  )
  console.log(`| tạo dữ liệu một năm, giây | ${r.generatedSeconds} | |`)
  console.log(`| tổng hợp một năm (${r.rollupRows} dòng), giây | ${r.rollupYearSeconds} | |`)
  console.log(`| một lượt tổng hợp (hôm qua và hôm nay), giây | ${r.rollupPassSeconds} | |`)
  if (r.merge) {
    const m = r.merge
    console.log(
      `| sáp nhập hai xã (${m.membersPerCommune} đảng viên chuyển, ${m.membersMoved} vào xã nhận; cả tỉnh sau đó ${m.provinceMembersAfter}), giây | ${m.mergeJobMs / 1000} | |`,
    )
    console.log(`| một câu UPDATE thô org_path của một xã, giây | ${m.rawUpdateMs / 1000} | |`)
  }
}
printBenchLine(
  'reports',
  results.map(([, r]) => r),
)
