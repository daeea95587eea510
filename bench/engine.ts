/**
 * One engine's benchmark, in its own process (one Payload per process): import 60,000 members,
 * then REST list latency on that database, each against a baseline measured in the same run.
 * Prints one JSON line. Run through bench/run.ts.
 */
import { benchPayload } from './benchPayload.ts'
import { benchImport } from './import-members.ts'
import { load } from './load.ts'
import { serveBare, servePayloadRest } from './serve.ts'

const engine = process.argv[2] ?? 'sqlite'
const rows = Number(process.env.BENCH_MEMBERS ?? 60_000)
const requests = Number(process.env.BENCH_REQUESTS ?? 400)

const { payload, log } = await benchPayload(engine)

log(`nhập ${rows.toLocaleString('vi-VN')} đảng viên...`)
const importFigures = await benchImport(payload, rows)

const root = (await payload.find({ collection: 'orgs', where: { depth: { equals: 0 } }, limit: 1 })).docs[0]
const cell = (await payload.find({ collection: 'orgs', sort: '-depth', limit: 1 })).docs[0]
const admin = await payload.create({
  collection: 'users',
  data: {
    username: 'bench-admin',
    password: 'Bench@2026',
    fullName: 'Quản trị đo hiệu năng',
    grants: [{ role: 'committee', org: root.id }],
  } as any,
})
const { token } = await payload.login({
  collection: 'users',
  data: { username: admin.username, password: 'Bench@2026' } as any,
})
const headers = { Authorization: `JWT ${token}` }

const rest = await servePayloadRest(payload)
const scenarios = {
  'users?limit=100 (cấp ủy tỉnh, cả cây)': '/api/users?limit=100&depth=0',
  'users?limit=100 theo một chi bộ': `/api/users?limit=100&depth=0&where[org][equals]=${cell.id}`,
  'users?limit=100 trang 300': '/api/users?limit=100&depth=0&page=300',
}
const restFigures: Record<string, unknown> = {}
for (const [name, path] of Object.entries(scenarios)) {
  await load(rest.url + path, { requests: 30, concurrency: 2, headers })
  restFigures[name] = {
    c1: await load(rest.url + path, { requests, concurrency: 1, headers }),
    c8: await load(rest.url + path, { requests, concurrency: 8, headers }),
  }
  log(`đo xong ${name}`)
}
const sample = new Uint8Array(
  await (
    await fetch(rest.url + scenarios['users?limit=100 (cấp ủy tỉnh, cả cây)'], { headers })
  ).arrayBuffer(),
)
const bare = await serveBare(sample)
await load(bare.url, { requests: 30, concurrency: 2 })
const baseline = {
  c1: await load(bare.url, { requests, concurrency: 1 }),
  c8: await load(bare.url, { requests, concurrency: 8 }),
  bytes: sample.length,
}
rest.close()
bare.close()

process.stdout.write(`${JSON.stringify({ engine, import: importFigures, rest: restFigures, baseline })}\n`)
process.exit(0)
