/** One engine's province-list benchmark (see province-list.ts): a generated province, then its committee's list. */
import { bulkWriter } from '@sotay/cms/bulk'
import { pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { benchPayload } from './benchPayload.ts'
import { type LoadResult, load } from './load.ts'
import { serveBare, servePayloadRest } from './serve.ts'

const CELL_SIZE = 30
const COMMUNE_SIZE = 5_000
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

/** Root → communes of up to 5,000 members → cells of 30; members written as the hooks would (lineage, path). */
async function generateProvince(payload: Payload, members: number, log: (line: string) => void) {
  const org = (code: string, name: string, kind: string, parent?: unknown) =>
    payload.create({ collection: 'orgs', data: { code, name, kind, parent } as never, depth: 0 })
  const root = await org('PL', 'Tỉnh ủy Hà Nam (thử)', 'tinh-uy')
  const communes = Math.max(2, Math.ceil(members / COMMUNE_SIZE))
  const perCommune = Math.ceil(members / communes)
  const writer = bulkWriter(payload)
  let n = 0
  let someCell: unknown
  for (let c = 0; c < communes; c++) {
    const commune = await org(`PL-X${c}`, `Đảng ủy xã số ${c + 1}`, 'dang-uy-xa-phuong', root.id)
    for (let cell = 0; cell * CELL_SIZE < perCommune && n < members; cell++) {
      const home = await org(
        `PL-X${c}-C${cell}`,
        `Chi bộ thôn ${cell + 1}, xã ${c + 1}`,
        'chi-bo',
        commune.id,
      )
      someCell ??= home.id
      const lineage = [root.id, commune.id, home.id]
      const people = Array.from({ length: Math.min(CELL_SIZE, members - n) }, () => {
        n += 1
        return {
          username: `pl${String(n).padStart(7, '0')}`,
          fullName: `Đảng viên số ${n}`,
          org: home.id,
          orgAncestors: lineage.slice(0, -1),
          orgPath: pathOf(lineage),
          status: n % 10 === 0 ? 'du-bi' : 'chinh-thuc',
          loginAttempts: 0,
        }
      })
      await writer.upsert('users', people, { key: 'username' })
    }
    log(`  xã ${c + 1}/${communes}: ${n} đảng viên`)
  }
  return { rootId: root.id, cellId: someCell }
}

export async function runProvinceList(engine: string): Promise<ProvinceListRow[]> {
  const members = Number(process.env.BENCH_PROVINCE_MEMBERS ?? 20_000)
  const requests = Number(process.env.BENCH_REQUESTS ?? 200)
  const { payload, log } = await benchPayload(engine)
  log(`tạo tỉnh ${members.toLocaleString('vi-VN')} đảng viên...`)
  const { rootId, cellId } = await generateProvince(payload, members, log)
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
