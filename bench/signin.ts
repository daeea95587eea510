/**
 * The cost of one sign-in through the one sign-in policy: POST /fn/session/login and Payload's own
 * POST /api/users/login (successful, over node:http, one at a time), and a refused one (which waits for the
 * 400 ms floor), against two baselines from the same run: the bare PBKDF2-SHA256 600,000-iteration check a
 * sign-in must pay, and a bare node:http POST round trip. `tsx bench/signin.ts` (BENCH_ENGINES=sqlite,postgres;
 * BENCH_SIGNIN_SAMPLES, default 30).
 */
import { spawnSync } from 'node:child_process'
import { pbkdf2, randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { printBenchLine } from './jsonLine.ts'
import { percentile } from './load.ts'
import { serveHandler } from './serve.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const SAMPLES = Number(process.env.BENCH_SIGNIN_SAMPLES ?? 30)

interface Stats {
  p50: number
  p95: number
  samples: number
}

function stats(ms: number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), samples: sorted.length }
}

async function timed(times: number, run: () => Promise<void>): Promise<Stats> {
  await run() // warm-up, not counted
  const ms: number[] = []
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now()
    await run()
    ms.push(performance.now() - t0)
  }
  return stats(ms)
}

async function post(url: string, body: unknown, expected: number) {
  const origin = new URL(url).origin
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(body),
  })
  await response.arrayBuffer()
  if (response.status !== expected) throw new Error(`${url} trả ${response.status}, chờ ${expected}`)
}

async function runEngine(engine: string) {
  const { benchPayload } = await import('./benchPayload.ts')
  const { payload, log } = await benchPayload(engine)
  const { configureApiSignIn, memoryRateLimiter } = await import('@sotay/cms/auth')
  const { createApp, sessionRoutes } = await import('@sotay/functions')
  const { handleEndpoints } = await import('payload')

  // Limits out of the way: this measures the cost of a sign-in, not the limiter's refusals.
  const generous = { limit: 1_000_000, windowMs: 60_000 }
  const limiter = memoryRateLimiter()
  configureApiSignIn({ limiter, perAccount: generous, failuresPerIp: generous })
  const password = 'Hoa sen 2026'
  await payload.create({
    collection: 'users',
    data: {
      username: '123456789012',
      fullName: 'Đảng viên đo',
      password,
      activatedAt: new Date().toISOString(),
    },
  } as never)

  const fnApp = createApp({
    routes: [sessionRoutes({ payload, rateLimiter: limiter, perAccount: generous, perIp: generous })],
  })
  const fn = await serveHandler(async (request, ip) => fnApp.fetch(request, { clientIp: ip }))
  const api = await serveHandler((request) => handleEndpoints({ config: payload.config, request }))
  const bare = await serveHandler(async () => Response.json({ ok: true }))
  const salt = randomBytes(32).toString('hex')
  log(`đo ${SAMPLES} lần mỗi trường hợp...`)

  const rows = {
    'PBKDF2-SHA256 600.000 vòng (trần)': await timed(
      SAMPLES,
      () => new Promise((resolve) => pbkdf2(password, salt, 600_000, 32, 'sha256', () => resolve())),
    ),
    'POST node:http trần': await timed(SAMPLES, () => post(`${bare.url}/`, {}, 200)),
    'POST /fn/session/login (đúng)': await timed(SAMPLES, () =>
      post(`${fn.url}/fn/session/login`, { cardNumber: '123456789012', password }, 200),
    ),
    'POST /api/users/login (đúng)': await timed(SAMPLES, () =>
      post(`${api.url}/api/users/login`, { username: '123456789012', password }, 200),
    ),
    'POST /fn/session/login (số thẻ lạ, sàn 400 ms)': await timed(Math.min(SAMPLES, 10), () =>
      post(`${fn.url}/fn/session/login`, { cardNumber: '999999999999', password }, 401),
    ),
  }
  for (const server of [fn, api, bare]) server.close()
  return { engine, rows }
}

if (process.argv[2]) {
  const result = await runEngine(process.argv[2])
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}

const lines: object[] = []
for (const engine of (process.env.BENCH_ENGINES ?? 'sqlite').split(',')) {
  const run = spawnSync(
    path.join(here, '..', 'node_modules', '.bin', 'tsx'),
    [path.join(here, 'signin.ts'), engine],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  )
  const line = run.stdout.trim().split('\n').pop()
  if (run.status !== 0 || !line) {
    console.error(`[${engine}] thất bại (mã ${run.status})`)
    process.exitCode = 1
    continue
  }
  const result = JSON.parse(line) as { engine: string; rows: Record<string, Stats> }
  console.log(`\n## ${engine}: chi phí một lần đăng nhập — ms, tuần tự`)
  console.log('| trường hợp | p50 | p95 | số mẫu |')
  console.log('|---|---|---|---|')
  for (const [name, s] of Object.entries(result.rows))
    console.log(`| ${name} | ${s.p50} | ${s.p95} | ${s.samples} |`)
  for (const [name, s] of Object.entries(result.rows)) lines.push({ engine, case: name, ...s })
}
printBenchLine('signin', lines)
