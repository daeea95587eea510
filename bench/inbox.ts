/**
 * Benchmark of the member's inbox endpoint: GET /fn/inbox (20 a page) for signed-in members in a database of
 * BENCH_INBOX_MEMBERS members (60,000) and BENCH_INBOX_ROWS inbox rows (1,000,000), written by raw bulk SQL; each
 * request is another member's (BENCH_INBOX_SESSIONS sessions, 5,000). Closed loop at concurrency 1, 8 and 64
 * (BENCH_REQUESTS each, 2,000) against a bare node:http server answering the same bytes in the same run, then an
 * open loop of BENCH_INBOX_RATE requests per second (1,000) at random moments for BENCH_INBOX_SECONDS (10).
 * `tsx bench/inbox.ts` (BENCH_ENGINES=sqlite,postgres). Prints a table and one JSON line.
 */
import type { InboxEngineResult } from './inbox-engine.ts'
import { perEngine } from './perEngine.ts'

const measure = async (engine: string) => (await import('./inbox-engine.ts')).runInboxEngine(engine)
const ENGINE_NAME: Record<string, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

const results = await perEngine<InboxEngineResult>(import.meta.url, measure)
const rows: Record<string, unknown>[] = []
for (const [engine, r] of results) {
  console.log(
    `\n## ${ENGINE_NAME[engine] ?? engine}: GET /fn/inbox (20 thư/trang, ${r.bytes} byte; ${r.members.toLocaleString('vi-VN')} đảng viên, ${r.rows.toLocaleString('vi-VN')} thư) — ms`,
  )
  console.log('| tải | p50 / p99 hộp thư | req/s hộp thư | p50 / p99 node:http trần | req/s trần | tỉ lệ |')
  console.log('|---|---|---|---|---|---|')
  for (const [c, f] of Object.entries(r.levels)) {
    const share = Math.round((100 * f.inbox.requestsPerSecond) / f.bare.requestsPerSecond)
    console.log(
      `| ${c} đồng thời | ${f.inbox.p50} / ${f.inbox.p99} | ${f.inbox.requestsPerSecond} | ${f.bare.p50} / ${f.bare.p99} | ${f.bare.requestsPerSecond} | ${share}% |`,
    )
    rows.push({
      engine,
      members: r.members,
      inboxRows: r.rows,
      concurrency: Number(c),
      p50: f.inbox.p50,
      p99: f.inbox.p99,
      rps: f.inbox.requestsPerSecond,
      bareRps: f.bare.requestsPerSecond,
    })
  }
  const o = r.open
  console.log(
    `| ${o.rate} yêu cầu/giây × ${o.seconds} s | ${o.p50} / ${o.p99} | ${o.rps} | | | ${o.failures} lỗi |`,
  )
  rows.push({
    engine,
    members: r.members,
    inboxRows: r.rows,
    rate: o.rate,
    p50: o.p50,
    p99: o.p99,
    rps: o.rps,
    failures: o.failures,
  })
}
console.log(JSON.stringify({ bench: 'inbox', rows }))
