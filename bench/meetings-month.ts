/**
 * A month of cell meetings in a 450,000-member province (15,000 cells × 30 members): the month's regular
 * meetings scheduled through Payload (each invites its cell: the attendance rows), against a raw multi-row
 * INSERT of the same rows (meetings, attendance and their lineage links) in the same run; then the province's
 * oversight (the 20th rule, held, attendance per cell) and a commune's 12-month attendance report, against a
 * plain SQL count of the same month. Each engine in its own process.
 * `tsx bench/meetings-month.ts` (BENCH_ENGINES=sqlite,postgres, BENCH_MEETING_CELLS=15000, BENCH_MEETING_MEMBERS=30).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { printBenchLine } from './jsonLine.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const fmt = (n: number) => n.toLocaleString('en-US')

if (process.argv[2]) {
  const { runMeetingsMonth } = await import('./meetings-engine.ts')
  process.stdout.write(`${JSON.stringify(await runMeetingsMonth(process.argv[2]))}\n`)
  process.exit(0)
}

const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')
let failed = false
const rows: object[] = []
for (const engine of engines) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'meetings-month.ts'), engine],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  )
  const line = run.stdout.trim().split('\n').pop()
  if (run.status !== 0 || !line) {
    console.error(`[${engine}] thất bại (mã ${run.status})`)
    failed = true
    continue
  }
  const r = JSON.parse(line)
  console.log(
    `\n## ${engine}: một tháng sinh hoạt của ${fmt(r.cells)} chi bộ, ${fmt(r.meetings)} cuộc họp, ${fmt(r.rows)} lượt mời`,
  )
  console.log('| việc | thời gian (giây) | đường cơ sở (giây) | tỉ lệ |')
  console.log('|---|---|---|---|')
  const row = (what: string, s: number, base: number) =>
    console.log(`| ${what} | ${s} | ${base} | ${(s / Math.max(base, 0.001)).toFixed(1)}× |`)
  row(
    'lên lịch các cuộc họp qua Payload, mời đảng viên (so với INSERT nhiều dòng thô cùng các dòng)',
    r.write.seconds,
    r.write.baselineSeconds,
  )
  row(
    'theo dõi sinh hoạt cả tỉnh một tháng (so với đếm SQL thuần)',
    r.oversight.seconds,
    r.oversight.baselineSeconds,
  )
  row('báo cáo 12 tháng một đảng ủy xã (so với đếm SQL thuần)', r.report.seconds, r.report.baselineSeconds)
  rows.push({ engine, ...r })
}
printBenchLine('meetings-month', rows)
if (failed) process.exit(1)
