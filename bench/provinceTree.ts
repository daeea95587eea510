/**
 * A benchmark province's org tree written by multi-row INSERTs with explicit ids: root → communes → cells, each
 * row with the stored `path`, `depth` and `ancestors` links Payload's hooks would write. The benchmarks that need
 * hundreds of thousands of members build their tree here, then add their own rows by SQL.
 */
import { type ID, pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { exec, inTransaction } from './fanout-world.ts'

export interface ProvinceTree {
  root: ID
  communes: ID[]
  /** Every cell, in order, with its commune. */
  cells: { id: number; commune: number }[]
}

/** Inserts `rows` into `table`, as many rows a statement as 8,000 parameters allow, ten statements a transaction. */
export async function insertRows(payload: Payload, table: string, cols: string[], rows: unknown[][]) {
  const quoted = cols.map((c) => `"${c}"`).join(',')
  const perStatement = Math.max(1, Math.min(500, Math.floor(8000 / cols.length)))
  for (let i = 0; i < rows.length; i += perStatement * 10) {
    const statements = []
    for (let j = i; j < Math.min(i + perStatement * 10, rows.length); j += perStatement) {
      const part = rows.slice(j, Math.min(j + perStatement, i + perStatement * 10, rows.length))
      const marks = part.map(() => `(${cols.map(() => '?').join(',')})`).join(',')
      statements.push({ sql: `INSERT INTO ${table} (${quoted}) VALUES ${marks}`, args: part.flat() })
    }
    await inTransaction(payload, statements)
  }
}

/** PostgreSQL's serial counters do not see explicit ids: move them past what was written. */
export async function resyncIds(payload: Payload, tables: string[]) {
  if ((payload.db as { name?: string }).name === 'sqlite') return
  for (const t of tables)
    await exec(payload, `SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`)
}

/**
 * The tree under `root` (an org already written): one commune per entry of `cellsPerCommune`, with that many
 * cells. Codes are `${code}-X<c>` and `${code}-X<c>-C<k>`.
 */
export async function buildProvinceTree(
  payload: Payload,
  { root, cellsPerCommune, code, at }: { root: number; cellsPerCommune: number[]; code: string; at: string },
): Promise<ProvinceTree> {
  const base = Number((await exec(payload, 'SELECT coalesce(max(id), 0) AS n FROM orgs'))[0].n) + 1
  let next = Math.max(base, root + 1)
  const orgs: unknown[][] = []
  const rels: unknown[][] = []
  const communes: number[] = []
  const cells: ProvinceTree['cells'] = []
  cellsPerCommune.forEach((count, c) => {
    const commune = next++
    communes.push(commune)
    orgs.push([
      commune,
      `Đảng ủy xã số ${c + 1}`,
      `${code}-X${c}`,
      'dang-uy-xa-phuong',
      root,
      pathOf([root, commune]),
      1,
    ])
    rels.push([commune, 'ancestors', root, 1])
    for (let k = 0; k < count; k++) {
      const cell = next++
      cells.push({ id: cell, commune })
      orgs.push([
        cell,
        `Chi bộ thôn ${k + 1}, xã ${c + 1}`,
        `${code}-X${c}-C${k}`,
        'chi-bo',
        commune,
        pathOf([root, commune, cell]),
        2,
      ])
      rels.push([cell, 'ancestors', root, 1], [cell, 'ancestors', commune, 2])
    }
  })
  await insertRows(
    payload,
    'orgs',
    ['id', 'name', 'code', 'kind', 'parent_id', 'path', 'depth', 'status', 'created_at', 'updated_at'],
    orgs.map((o) => [...o, 'active', at, at]),
  )
  await insertRows(payload, 'orgs_rels', ['parent_id', 'path', 'orgs_id', 'order'], rels)
  await resyncIds(payload, ['orgs'])
  return { root, communes, cells }
}
