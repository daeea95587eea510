/**
 * Benchmark of the member's inbox endpoint: GET /fn/inbox (20 a page) for a member with 100 notices (half
 * read) in a database of 10,000 inbox rows, at concurrency 1, 8, 32 and 64, against a bare node:http server
 * answering the same bytes in the same run. `tsx bench/inbox.ts` (BENCH_ENGINES=sqlite,postgres).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

if (process.argv[2]) {
  const { runInboxEngine } = await import('./inbox-engine.ts')
  process.stdout.write(`${JSON.stringify(await runInboxEngine(process.argv[2]))}\n`)
  process.exit(0)
}

for (const engine of (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'inbox.ts'), engine],
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
  console.log(`\n## ${engine}: GET /fn/inbox (20 thư/trang, ${r.bytes} byte) — ms`)
  console.log(
    '| đồng thời | p50 hộp thư | p99 hộp thư | req/s hộp thư | p50 node:http trần | p99 node:http trần | req/s trần |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const [c, f] of Object.entries<any>(r.levels)) {
    console.log(
      `| ${c} | ${f.inbox.p50} | ${f.inbox.p99} | ${f.inbox.requestsPerSecond} | ${f.bare.p50} | ${f.bare.p99} | ${f.bare.requestsPerSecond} |`,
    )
  }
}
