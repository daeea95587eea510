/**
 * Benchmark of tasks and the calendar: the member's agenda (GET /fn/calendar, a month of entries, meetings and
 * task deadlines) at concurrency 64 against a bare node:http server answering the same bytes, and the province
 * committee's task overview (GET /fn/tasks/overview) over 10,000 tasks against a raw count query, in the same
 * run. `tsx bench/tasks.ts` (BENCH_ENGINES=sqlite,postgres; BENCH_TASKS for a smaller province).
 */
import { printBenchLine } from './jsonLine.ts'
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./tasks-engine.ts')).runTasksEngine(engine)

const results = await perEngine(import.meta.url, measure)
for (const [engine, r] of results) {
  console.log(
    `\n## ${engine}: lịch của tôi (${r.agenda.items} mục, ${r.agenda.bytes} byte) ở 64 đồng thời — ms`,
  )
  console.log('| | p50 | p99 | req/s |')
  console.log('|---|---|---|---|')
  console.log(
    `| GET /fn/calendar | ${r.agenda.fn.p50} | ${r.agenda.fn.p99} | ${r.agenda.fn.requestsPerSecond} |`,
  )
  console.log(
    `| node:http trần, cùng số byte | ${r.agenda.bare.p50} | ${r.agenda.bare.p99} | ${r.agenda.bare.requestsPerSecond} |`,
  )
  console.log(`\n## ${engine}: tổng quan nhiệm vụ của tỉnh (${r.overview.tasks} nhiệm vụ cấp trên) — ms`)
  console.log('| | p50 | p99 |')
  console.log('|---|---|---|')
  console.log(`| GET /fn/tasks/overview | ${r.overview.fn.p50} | ${r.overview.fn.p99} |`)
  console.log(`| SELECT count(*) FROM tasks | ${r.overview.rawCount.p50} | ${r.overview.rawCount.p99} |`)
}
printBenchLine(
  'tasks',
  results.map(([, r]) => r),
)
