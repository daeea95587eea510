/** Member import and REST latency on a 60,000-member database, each engine in its own process; figures saved to bench/out/. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
console.log(`Máy: ${machine}\n`)

const results = []
for (const engine of engines) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'engine.ts'), engine],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  )
  const line = run.stdout.trim().split('\n').pop()
  if (run.status !== 0 || !line) {
    console.error(`[${engine}] thất bại (mã ${run.status}); bỏ qua`)
    continue
  }
  results.push(JSON.parse(line))
}

const fmt = (n: number) => n.toLocaleString('en-US')
for (const r of results) {
  const i = r.import
  console.log(`\n## ${r.engine}: nhập ${fmt(i.rows)} đảng viên`)
  console.log(`| đường nhập | giây | dòng/giây |\n|---|---|---|`)
  console.log(`| upsertMembers (thật) | ${i.seconds.toFixed(2)} | ${fmt(i.rowsPerSecond)} |`)
  console.log(
    `| INSERT SQL thô (mốc so sánh) | ${i.baselineSeconds.toFixed(2)} | ${fmt(i.baselineRowsPerSecond)} |`,
  )
  console.log(`\n## ${r.engine}: REST trên CSDL ${fmt(i.rows)} đảng viên (ms)`)
  console.log('| yêu cầu | p50 c=1 | p95 c=1 | p50 c=8 | p95 c=8 | req/s c=8 |\n|---|---|---|---|---|---|')
  for (const [name, f] of Object.entries<any>(r.rest)) {
    console.log(
      `| ${name} | ${f.c1.p50} | ${f.c1.p95} | ${f.c8.p50} | ${f.c8.p95} | ${fmt(f.c8.requestsPerSecond)} |`,
    )
  }
  const b = r.baseline
  console.log(
    `| node:http trần, cùng ${fmt(b.bytes)} byte (mốc) | ${b.c1.p50} | ${b.c1.p95} | ${b.c8.p50} | ${b.c8.p95} | ${fmt(b.c8.requestsPerSecond)} |`,
  )
}

mkdirSync(path.join(here, 'out'), { recursive: true })
writeFileSync(
  path.join(here, 'out', 'results.json'),
  JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2),
)
