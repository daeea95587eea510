/**
 * Benchmark of a notice's fan-out: one notice to 60,000 and one to 450,000 members (Hà Nội's size), through
 * the real job code up to the channel boundary (dispatchChannels with no devices and no email), in recipients
 * per second, against raw multi-row INSERTs of the same inbox rows in the same run. Each engine runs in its
 * own process. `tsx bench/fanout.ts` (BENCH_ENGINES=sqlite,postgres, BENCH_FANOUT_MEMBERS=450000).
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
  const line = run.stdout.trim().split('\n').pop()
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
  for (const f of r.fanOuts) {
    console.log(
      `| ${fmt(f.recipients)} | ${f.seconds} | ${fmt(f.perSecond)} | ${f.baselineSeconds} | ${fmt(f.baselinePerSecond)} | ${(f.seconds / f.baselineSeconds).toFixed(1)}× |`,
    )
  }
}
