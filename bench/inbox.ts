/**
 * Benchmark of the member's inbox endpoint: GET /fn/inbox (20 a page) for a member with 100 notices (half
 * read) in a database of 10,000 inbox rows, at concurrency 1, 8, 32 and 64, against a bare node:http server
 * answering the same bytes in the same run. `tsx bench/inbox.ts` (BENCH_ENGINES=sqlite,postgres).
 */
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./inbox-engine.ts')).runInboxEngine(engine)

for (const [engine, r] of await perEngine(import.meta.url, measure)) {
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
