/**
 * A generated province for the benchmarks: a root, communes of up to 5,000 members, cells of 30, and the members
 * of each cell stored as the hooks would (lineage and org path). The orgs go through Payload, the members through
 * the bulk layer, cell by cell; the caller hangs what it needs on each cell's members.
 */
import { bulkWriter } from '@sotay/cms/bulk'
import { type ID, pathOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'

const CELL_SIZE = 30
const COMMUNE_SIZE = 5_000

export interface GeneratedCell {
  rootId: ID
  communeId: ID
  cellId: ID
  /** The cell's members as written. */
  people: {
    username: string
    fullName: string
    org: ID
    orgAncestors: ID[]
    orgPath: string
    status: string
  }[]
  /** Their ids, by username. */
  ids: Map<string, ID>
  /** Members generated so far, this cell's included. */
  made: number
}

export async function* provinceCells(
  payload: Payload,
  opts: {
    members: number
    code: string
    name: string
    log: (line: string) => void
    /** More fields for a member (the n-th generated). */
    extra?: (n: number) => Record<string, unknown>
  },
): AsyncGenerator<GeneratedCell> {
  const writer = bulkWriter(payload)
  const org = async (code: string, name: string, kind: string, parent?: ID) =>
    (await payload.create({ collection: 'orgs', data: { code, name, kind, parent } as never, depth: 0 }))
      .id as ID
  const rootId = await org(opts.code, opts.name, 'tinh-uy')
  const communes = Math.max(2, Math.ceil(opts.members / COMMUNE_SIZE))
  const perCommune = Math.ceil(opts.members / communes)
  const prefix = opts.code.toLowerCase()
  let made = 0
  for (let c = 0; c < communes; c++) {
    const communeId = await org(`${opts.code}-X${c}`, `Đảng ủy xã số ${c + 1}`, 'dang-uy-xa-phuong', rootId)
    for (let k = 0; k * CELL_SIZE < perCommune && made < opts.members; k++) {
      const cellId = await org(
        `${opts.code}-X${c}-C${k}`,
        `Chi bộ thôn ${k + 1}, xã ${c + 1}`,
        'chi-bo',
        communeId,
      )
      const people = Array.from({ length: Math.min(CELL_SIZE, opts.members - made) }, () => {
        made += 1
        return {
          username: `${prefix}${String(made).padStart(7, '0')}`,
          fullName: `Đảng viên số ${made}`,
          org: cellId,
          orgAncestors: [rootId, communeId],
          orgPath: pathOf([rootId, communeId, cellId]),
          status: made % 10 === 0 ? 'du-bi' : 'chinh-thuc',
        }
      })
      const rows = people.map((p, i) => ({
        ...p,
        loginAttempts: 0,
        ...opts.extra?.(made - people.length + i + 1),
      }))
      const ids = (await writer.upsert('users', rows, { key: 'username' })) as Map<string, ID>
      yield { rootId, communeId, cellId, people, ids, made }
    }
    opts.log(`  xã ${c + 1}/${communes}: ${made} đảng viên`)
  }
}
