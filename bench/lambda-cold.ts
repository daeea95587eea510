/**
 * Lambda cold start: a fresh process that loads the Lambda bundle (`functions/dist/lambda/main.mjs`, built first by
 * `@sotay/functions/lambda-build`, not timed) and answers its first synthetic API Gateway v2 `GET /fn/inbox` as a
 * signed-in member, against a fresh process answering the same
 * event from a trivial handler through the same adapter and loader, in the same run. The database is migrated
 * first, as a deployment's is (NODE_ENV=production: no schema push). Median of BENCH_LAMBDA_RUNS (default 5)
 * per engine (BENCH_ENGINES, default sqlite,postgres). `tsx bench/lambda-cold.ts`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { printBenchLine } from './jsonLine.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')
const RUNS = Number(process.env.BENCH_LAMBDA_RUNS ?? 5)

/** In a child: a migrated database with one member; prints {url, token}. */
if (process.argv[2] === 'prepare') {
  const engine = process.argv[3] as string
  const { freshDatabaseUrl } = await import('@sotay/cms/testing')
  if (engine === 'postgres') process.env.TEST_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres'
  else delete process.env.TEST_POSTGRES_URL
  process.env.DATABASE_URL = await freshDatabaseUrl()
  const { openPayload } = await import('@sotay/cms')
  const payload = await openPayload({ background: false })
  const username = 'lanh-khoi-dong'
  await payload.create({
    collection: 'users',
    data: { username, password: 'MatKhau@2026', fullName: 'Nguyễn Văn Thử' },
  })
  const { token } = await payload.login({ collection: 'users', data: { username, password: 'MatKhau@2026' } })
  process.stdout.write(`${JSON.stringify({ url: process.env.DATABASE_URL, token })}\n`)
  process.exit(0)
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'bench-lambda',
  JOBS_AUTORUN: 'false',
}
const lastLine = (out: string) => JSON.parse(out.trim().split('\n').pop() as string)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

function probe(args: string[], extra: Record<string, string>) {
  const run = spawnSync(tsx, [path.join(here, 'lambda-cold-probe.ts'), ...args], {
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (run.status !== 0) throw new Error(`lần khởi động lạnh thất bại (mã ${run.status})`)
  return lastLine(run.stdout) as { ms: number; importMs: number; status: number; body: string }
}

// The artefact a deployment ships: built once, outside the timing.
const { buildLambda } = await import('@sotay/functions/lambda-build')
const [bundle] = await buildLambda()

const rows: {
  engine: string
  coldStartMs: number
  importMs: number
  bareNodeStartMs: number
  runs: number
}[] = []
for (const engine of (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')) {
  const prep = spawnSync(tsx, [path.join(here, 'lambda-cold.ts'), 'prepare', engine], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (prep.status !== 0) throw new Error(`[${engine}] không chuẩn bị được CSDL (mã ${prep.status})`)
  const { url, token } = lastLine(prep.stdout)
  const extra = { DATABASE_URL: url, LAMBDA_COLD_TOKEN: token }
  // Once to fill tsx's transform cache (the probe and the baseline are TypeScript; the bundle is not).
  probe([bundle as string], extra)
  probe(['bare'], extra)
  const cold: number[] = []
  const imports: number[] = []
  const bare: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const answer = probe([bundle as string], extra)
    if (answer.status !== 200) throw new Error(`[${engine}] /fn/inbox trả ${answer.status}: ${answer.body}`)
    cold.push(answer.ms)
    imports.push(answer.importMs)
    bare.push(probe(['bare'], extra).ms)
  }
  rows.push({
    engine,
    coldStartMs: median(cold),
    importMs: median(imports),
    bareNodeStartMs: median(bare),
    runs: RUNS,
  })
}

console.log(
  `\nKhởi động lạnh hàm Lambda: tiến trình mới → câu trả lời GET /fn/inbox đầu tiên, trung vị ${RUNS} lần — ms\n`,
)
console.log('| CSDL | hàm Lambda (thật) | trong đó nạp mã | node + hàm trống cùng bộ chuyển đổi (mốc) |')
console.log('|---|---|---|---|')
for (const r of rows) console.log(`| ${r.engine} | ${r.coldStartMs} | ${r.importMs} | ${r.bareNodeStartMs} |`)
printBenchLine('lambda-cold', rows)
