/**
 * The fan-out benchmark's province, made fast: an org tree through Payload (a few hundred orgs), then the
 * members by bulk SQL straight into `users` (it is a benchmark: no hooks, no passwords).
 */
import { pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export type Id = number | string

/** Runs one statement with positional arguments on either engine. */
export async function exec(payload: Payload, sql: string, args: unknown[] = []): Promise<any[]> {
  const db = payload.db as any
  if (db.name === 'sqlite') return (await db.client.execute({ sql, args })).rows
  let n = 0
  return (
    await db.pool.query(
      sql.replace(/\?/g, () => `$${++n}`),
      args,
    )
  ).rows
}

/** Several statements in one transaction (one batch on libsql, BEGIN/COMMIT on a pooled client). */
export async function inTransaction(payload: Payload, statements: { sql: string; args: unknown[] }[]) {
  const db = payload.db as any
  if (db.name === 'sqlite') {
    await db.client.batch(statements, 'write')
    return
  }
  const client = await db.pool.connect()
  try {
    await client.query('BEGIN')
    for (const { sql, args } of statements) {
      let n = 0
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        args,
      )
    }
    await client.query('COMMIT')
  } finally {
    client.release()
  }
}

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô']
const TEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hạnh', 'Lan', 'Minh', 'Nam', 'Thảo', 'Trang', 'Việt']

export interface World {
  root: Id
  /** The region holding 60,000 of the members (2/15 of them). */
  region: Id
  cells: Id[]
}

/** root → 2 regions (6 and 39 communes) → 10 cells per commune; members spread evenly over the 450 cells. */
export async function buildWorld(
  payload: Payload,
  members: number,
  log: (s: string) => void,
): Promise<World> {
  // Each org's lineage, root first: the members' `org_path` below is their cell's path, as the users' hook writes.
  const lineages = new Map<Id, Id[]>()
  const org = async (code: string, name: string, kind: string, parent?: Id) => {
    const made = await payload.create({
      collection: 'orgs',
      data: { code, name, kind, parent } as any,
      depth: 0,
    })
    lineages.set(made.id as Id, [
      ...(parent === undefined ? [] : (lineages.get(parent) ?? [])),
      made.id as Id,
    ])
    return made.id as Id
  }
  const root = await org('HN', 'Đảng bộ thành phố (đo hiệu năng)', 'tinh-uy')
  const regions = [
    { id: await org('HN-R1', 'Khối các xã phía Bắc', 'dang-bo-truc-thuoc', root), communes: 6 },
    { id: await org('HN-R2', 'Khối các phường còn lại', 'dang-bo-truc-thuoc', root), communes: 39 },
  ]
  const cells: Id[] = []
  for (const [r, region] of regions.entries()) {
    for (let c = 1; c <= region.communes; c++) {
      const commune = await org(
        `HN-R${r + 1}-X${c}`,
        `Đảng ủy xã số ${c} khối ${r + 1}`,
        'dang-uy-xa-phuong',
        region.id,
      )
      for (let k = 1; k <= 10; k++)
        cells.push(await org(`HN-R${r + 1}-X${c}-C${k}`, `Chi bộ thôn ${k}`, 'chi-bo', commune))
    }
  }
  log(`đã tạo ${cells.length} chi bộ; đang thêm ${members.toLocaleString('vi-VN')} đảng viên bằng SQL...`)
  const perCell = Math.ceil(members / cells.length)
  const now = new Date().toISOString()
  const cols = [
    'username',
    'full_name',
    'status',
    'org_id',
    'org_path',
    'login_attempts',
    'created_at',
    'updated_at',
  ]
  let made = 0
  const CHUNK = 500
  while (made < members) {
    const statements = []
    for (let s = 0; s < 10 && made < members; s++) {
      const values: unknown[] = []
      const n = Math.min(CHUNK, members - made)
      for (let i = 0; i < n; i++, made++) {
        const cell = cells[Math.floor(made / perCell)]
        values.push(
          `${90_000_000 + made}`,
          `${HO[made % 10]} Văn ${TEN[made % 12]}`,
          'chinh-thuc',
          cell,
          pathOf(lineages.get(cell) ?? []),
          0,
          now,
          now,
        )
      }
      const marks = Array.from({ length: n }, () => `(${cols.map(() => '?').join(',')})`).join(',')
      statements.push({ sql: `INSERT INTO users (${cols.join(',')}) VALUES ${marks}`, args: values })
    }
    await inTransaction(payload, statements)
  }
  return { root, region: regions[0].id, cells }
}
