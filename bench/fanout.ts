/**
 * Benchmark of a notice's fan-out: one notice to 60,000 and one to 450,000 members (Hà Nội's size), through
 * the real job code up to the channel boundary (dispatchChannels with no devices and no email), in recipients
 * per second, against raw multi-row INSERTs of the same inbox rows in the same run; then an urgent notice to the
 * whole city, timed from sending to its first push at a local push service. Each engine runs in its own
 * process. `tsx bench/fanout.ts` (BENCH_ENGINES=sqlite,postgres, BENCH_FANOUT_MEMBERS=450000). Prints a table
 * per engine and one JSON line: `{"bench":"fanout","rows":[{engine, recipients, seconds, rawSeconds, firstUrgentPushSeconds}]}`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const fmt = (n: number) => n.toLocaleString('en-US')

if (process.argv[2]) {
  const { runEngine } = await import('./fanout-engine.ts')
  process.stdout.write(`${JSON.stringify(await runEngine(process.argv[2]))}\n`)
  process.exit(0)
}

const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')
const rows: Record<string, unknown>[] = []
for (const engine of engines) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'fanout.ts'), engine],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  )
  // Payload's logger may flush after the result: the result is the last line that is JSON.
  const line = run.stdout
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'))
  if (run.status !== 0 || !line) {
    console.error(`[${engine}] thất bại (mã ${run.status})`)
    continue
  }
  const r = JSON.parse(line)
  console.log(`\n## ${engine}: gửi một thông báo (tới ranh giới kênh gửi)`)
  console.log(
    '| người nhận | fan-out (giây) | người nhận/giây | INSERT thô cùng các dòng (giây) | dòng/giây | tỉ lệ |',
  )
  console.log('|---|---|---|---|---|---|')
  for (const [i, f] of r.fanOuts.entries()) {
    console.log(
      `| ${fmt(f.recipients)} | ${f.seconds} | ${fmt(f.perSecond)} | ${f.baselineSeconds} | ${fmt(f.baselinePerSecond)} | ${(f.seconds / f.baselineSeconds).toFixed(1)}× |`,
    )
    // The urgent notice went to the whole city: its first push belongs to the city's row.
    const city = i === r.fanOuts.length - 1
    rows.push({
      engine,
      recipients: f.recipients,
      seconds: f.seconds,
      rawSeconds: f.baselineSeconds,
      firstUrgentPushSeconds: city ? r.firstUrgentPushSeconds : null,
    })
  }
  console.log(`Thông báo khẩn tới cả thành phố: lần đẩy đầu tiên sau ${r.firstUrgentPushSeconds} giây.`)
}
console.log(JSON.stringify({ bench: 'fanout', rows }))
