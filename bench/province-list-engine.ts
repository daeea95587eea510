/** One engine's province-list benchmark (see province-list.ts): a generated province, then its committee's list. */
import { benchPayload } from './benchPayload.ts'
import { type LoadResult, load } from './load.ts'
import { type GeneratedCell, provinceCells } from './province.ts'
import { serveBare, servePayloadRest } from './serve.ts'

const PASSWORD = 'Bench@2026'

export interface ProvinceListRow {
  engine: string
  members: number
  request: string
  p50: number
  p95: number
  rps: number
  bareRps: number
}

export async function runProvinceList(engine: string): Promise<ProvinceListRow[]> {
  const members = Number(process.env.BENCH_PROVINCE_MEMBERS ?? 20_000)
  const requests = Number(process.env.BENCH_REQUESTS ?? 200)
  const { payload, log } = await benchPayload(engine)
  log(`tạo tỉnh ${members.toLocaleString('vi-VN')} đảng viên...`)
  let first: GeneratedCell | undefined
  for await (const cell of provinceCells(payload, { members, code: 'PL', name: 'Tỉnh ủy Hà Nam (thử)', log }))
    first ??= cell
  const { rootId, cellId } = first ?? {}
  const committee = await payload.create({
    collection: 'users',
    data: {
      username: 'pl-cap-uy-tinh',
      password: PASSWORD,
      fullName: 'Ủy viên Ban Thường vụ Tỉnh ủy',
      org: rootId,
      grants: [{ role: 'committee', org: rootId }],
    } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { username: (committee as { username: string }).username, password: PASSWORD } as never,
  })
  const headers = { Authorization: `JWT ${token}` }
  const rest = await servePayloadRest(payload)
  // A page in the middle of the province's list: Payload reads past every row before it.
  const middle = Math.max(1, Math.floor(members / 200))
  const scenarios: Record<string, string> = {
    'GET /api/users?limit=100 (cấp ủy tỉnh, cả tỉnh)': '/api/users?limit=100&depth=0',
    [`GET /api/users?limit=100&page=${middle} (cả tỉnh)`]: `/api/users?limit=100&depth=0&page=${middle}`,
    'GET /api/users?limit=100 lọc một chi bộ': `/api/users?limit=100&depth=0&where[org][equals]=${cellId}`,
  }
  const rows: ProvinceListRow[] = []
  for (const [request, path] of Object.entries(scenarios)) {
    const url = rest.url + path
    const body = new Uint8Array(await (await fetch(url, { headers })).arrayBuffer())
    const bare = await serveBare(body)
    await load(url, { requests: 20, concurrency: 2, headers })
    const c1: LoadResult = await load(url, { requests, concurrency: 1, headers })
    const c8: LoadResult = await load(url, { requests, concurrency: 8, headers })
    await load(bare.url, { requests: 20, concurrency: 2 })
    const bareC8 = await load(bare.url, { requests, concurrency: 8 })
    bare.close()
    rows.push({
      engine,
      members,
      request,
      p50: c1.p50,
      p95: c1.p95,
      rps: c8.requestsPerSecond,
      bareRps: bareC8.requestsPerSecond,
    })
    log(`đo xong ${request}`)
  }
  rest.close()
  return rows
}
