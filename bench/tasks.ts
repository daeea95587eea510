/**
 * Benchmark of tasks and the calendar: the member's agenda (GET /fn/calendar, a month of entries, meetings and
 * task deadlines) at concurrency 64 against a bare node:http server answering the same bytes, and the province
 * committee's task overview (GET /fn/tasks/overview) over 10,000 tasks against a raw count query, in the same
 * run. `tsx bench/tasks.ts` (BENCH_ENGINES=sqlite,postgres; BENCH_TASKS for a smaller province).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

if (process.argv[2]) {
  const { runTasksEngine } = await import('./tasks-engine.ts')
  process.stdout.write(`${JSON.stringify(await runTasksEngine(process.argv[2]))}\n`)
  process.exit(0)
}

for (const engine of (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'tasks.ts'), engine],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  )
  const line = run.stdout.trim().split('\n').pop()
  if (run.status !== 0 || !line) {
    console.error(`[${engine}] thất bại (mã ${run.status})`)
    continue
  }
  const r = JSON.parse(line)
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
  console.log(JSON.stringify({ bench: 'tasks', ...r }))
}
