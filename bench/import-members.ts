/**
 * Benchmark of issuing member accounts in bulk: N generated members (plausible Vietnamese names) through
 * the real check and commit path, against a raw SQL bulk insert of the same rows in the same database.
 */

import { upsertMembers } from '@sotay/cms/member-import'
import { checkMemberRows } from '@sotay/content-schemas/member-imports/check'
import type { MemberRow } from '@sotay/content-schemas/member-imports/row'
import type { RawMemberRow } from '@sotay/content-schemas/member-imports/validate'
import type { Payload } from 'payload'

export interface BenchImportResult {
  rows: number
  /** The commit: upsertMembers writing every row (batches of 500, one transaction each). */
  seconds: number
  rowsPerSecond: number
  /** Raw multi-row INSERTs of the same rows into a scratch table of the same columns, 500 per transaction. */
  baselineSeconds: number
  baselineRowsPerSecond: number
  /** The check before it (validation against the database: orgs, existing cards and emails). */
  checkSeconds: number
  /** The same rows imported a second time: every one an update. */
  reimportSeconds: number
}

const HO = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]
const DEM = {
  nam: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Xuân'],
  nu: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Kim', 'Mỹ'],
}
const TEN = {
  nam: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khoa',
    'Long',
    'Minh',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Việt',
  ],
  nu: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Nga',
    'Phương',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
}

/** mulberry32: the same members on every run. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

async function orgTree(
  payload: Payload,
  tag: string,
  cells: number,
): Promise<{ rootId: number | string; codes: string[] }> {
  const create = (data: Record<string, unknown>) =>
    payload.create({ collection: 'orgs', data: data as any }) as Promise<any>
  const root = await create({ name: `Tỉnh ủy đo tốc độ ${tag}`, code: `BN${tag}`, kind: 'tinh-uy' })
  const codes: string[] = []
  const perParent = 20
  for (let p = 0; p * perParent < cells; p++) {
    const parent = await create({
      name: `Đảng ủy xã ${p + 1}`,
      code: `BN${tag}-X${p}`,
      kind: 'dang-uy-xa-phuong',
      parent: root.id,
    })
    for (let c = p * perParent; c < Math.min(cells, (p + 1) * perParent); c++) {
      const code = `BN${tag}-X${p}-CB${c}`
      await create({ name: `Chi bộ thôn ${c + 1}`, code, kind: 'chi-bo', parent: parent.id })
      codes.push(code)
    }
  }
  return { rootId: root.id, codes }
}

function members(n: number, tag: string, codes: string[]): RawMemberRow[] {
  const rand = random(n)
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]
  return Array.from({ length: n }, (_, i) => {
    const gender = rand() < 0.6 ? 'nam' : 'nu'
    const born = 1940 + Math.floor(rand() * 60)
    const admitted = born + 19 + Math.floor(rand() * Math.min(25, 2020 - born - 19))
    const official =
      rand() < 0.9
        ? `${pad(1 + Math.floor(rand() * 28))}/${pad(1 + Math.floor(rand() * 12))}/${admitted + 1}`
        : ''
    const card = `9${tag}${pad(i, 6)}`
    return {
      row: i + 2,
      values: {
        cardNumber: card,
        fullName: `${pick(HO)} ${pick(DEM[gender])} ${pick(TEN[gender])}`,
        birthDate: `${pad(1 + Math.floor(rand() * 28))}/${pad(1 + Math.floor(rand() * 12))}/${born}`,
        gender: gender === 'nam' ? 'Nam' : 'Nữ',
        admittedAt: `${pad(1 + Math.floor(rand() * 28))}/${pad(1 + Math.floor(rand() * 12))}/${admitted}`,
        officialAt: official,
        orgCode: codes[i % codes.length],
        phone: rand() < 0.8 ? `09${pad(Math.floor(rand() * 1e8), 8)}` : '',
        email: rand() < 0.3 ? `dv${card}@example.vn` : '',
      },
    }
  })
}

const COLUMNS = [
  'username',
  'full_name',
  'birth_date',
  'gender',
  'admitted_at',
  'official_at',
  'status',
  'phone',
  'email',
  'org_id',
  'activation_code',
  'created_at',
  'updated_at',
]

/** The same rows as plain values, written by hand-made multi-row INSERTs: the floor for this database. */
async function baselineInsert(
  payload: Payload,
  rows: MemberRow[],
  orgIds: Map<string, number | string>,
  tag: string,
) {
  const db = payload.db as any
  const table = `bench_members_${tag}`
  const noon = (d: string | null) => (d ? `${d}T12:00:00.000Z` : null)
  const now = new Date().toISOString()
  const values = rows.map((r) => [
    r.cardNumber,
    r.fullName,
    noon(r.birthDate),
    r.gender,
    noon(r.admittedAt),
    noon(r.officialAt),
    r.officialAt ? 'chinh-thuc' : 'du-bi',
    r.phone,
    r.email,
    orgIds.get(r.orgCode),
    'ABCDEFGH',
    now,
    now,
  ])
  const batches: unknown[][][] = []
  for (let i = 0; i < values.length; i += 500) batches.push(values.slice(i, i + 500))
  const started = performance.now()
  if (db.name === 'sqlite') {
    await db.client.execute(
      `CREATE TABLE ${table} (id integer PRIMARY KEY, username text NOT NULL UNIQUE, full_name text NOT NULL, birth_date text, gender text, admitted_at text, official_at text, status text, phone text, email text UNIQUE, org_id integer, activation_code text, created_at text NOT NULL, updated_at text NOT NULL)`,
    )
    for (const batch of batches) {
      const marks = batch.map(() => `(${COLUMNS.map(() => '?').join(',')})`).join(',')
      await db.client.batch(
        [{ sql: `INSERT INTO ${table} (${COLUMNS.join(',')}) VALUES ${marks}`, args: batch.flat() }],
        'write',
      )
    }
  } else {
    await db.pool.query(
      `CREATE TABLE ${table} (id serial PRIMARY KEY, username varchar NOT NULL UNIQUE, full_name varchar NOT NULL, birth_date timestamptz(3), gender varchar, admitted_at timestamptz(3), official_at timestamptz(3), status varchar, phone varchar, email varchar UNIQUE, org_id integer, activation_code varchar, created_at timestamptz(3) NOT NULL, updated_at timestamptz(3) NOT NULL)`,
    )
    const client = await db.pool.connect()
    try {
      for (const batch of batches) {
        let n = 0
        const marks = batch.map(() => `(${COLUMNS.map(() => `$${++n}`).join(',')})`).join(',')
        await client.query('BEGIN')
        await client.query(`INSERT INTO ${table} (${COLUMNS.join(',')}) VALUES ${marks}`, batch.flat())
        await client.query('COMMIT')
      }
    } finally {
      client.release()
    }
  }
  const seconds = (performance.now() - started) / 1000
  if (db.name === 'sqlite') await db.client.execute(`DROP TABLE ${table}`)
  else await db.pool.query(`DROP TABLE ${table}`)
  return seconds
}

export async function benchImport(
  payload: Payload,
  rows: number,
  opts: { strategy?: 'sql' | 'adapter' } = {},
): Promise<BenchImportResult> {
  const tag = pad(Math.floor(Math.random() * 10_000), 4)
  const { rootId, codes } = await orgTree(payload, tag, Math.max(1, Math.min(1200, Math.ceil(rows / 50))))
  const raw = members(rows, tag, codes)

  let started = performance.now()
  const check = await checkMemberRows(payload, raw, rootId)
  const checkSeconds = (performance.now() - started) / 1000
  if (check.errors.length)
    throw new Error(`Dữ liệu sinh ra có lỗi: ${JSON.stringify(check.errors.slice(0, 3))}`)

  started = performance.now()
  const counts = await upsertMembers(payload, check.rows, {
    orgIdsByCode: check.orgsByCode,
    strategy: opts.strategy,
  })
  const seconds = (performance.now() - started) / 1000
  if (counts.created !== rows) throw new Error(`Chỉ tạo được ${counts.created}/${rows} tài khoản.`)

  started = performance.now()
  const again = await upsertMembers(payload, check.rows, {
    orgIdsByCode: check.orgsByCode,
    strategy: opts.strategy,
  })
  const reimportSeconds = (performance.now() - started) / 1000
  if (again.updated !== rows || again.created) throw new Error('Nhập lại đã tạo thêm tài khoản.')

  const orgIds = new Map([...check.orgsByCode].map(([code, org]) => [code, org.id]))
  const baselineSeconds = await baselineInsert(payload, check.rows, orgIds, tag)
  return {
    rows,
    seconds,
    rowsPerSecond: Math.round(rows / seconds),
    baselineSeconds,
    baselineRowsPerSecond: Math.round(rows / baselineSeconds),
    checkSeconds,
    reimportSeconds,
  }
}
