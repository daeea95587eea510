/**
 * Plans the demo province's organisation tree: root, about 15 organisations under it, then
 * grassroots committees and cells at varying depths. Pure: the same size and seed give the same tree.
 */
import {
  COMMUNE_OFFICES,
  GOVERNMENT_AGENCIES,
  HAMLET_FIRST,
  HAMLET_SECOND,
  LOCAL_BODIES,
  MILITARY_OFFICE_CELLS,
  OFFICE_CELLS,
  PARTY_AGENCIES,
  POLICE_CELLS,
  POLICE_UNITS,
  PROVINCE,
  TOP_ORGS,
  type TopOrg,
} from './orgNames.ts'
import type { Random } from './random.ts'

export type OrgKind =
  | 'tinh-uy'
  | 'dang-bo-truc-thuoc'
  | 'dang-uy-xa-phuong'
  | 'dang-bo-co-so'
  | 'chi-bo-co-so'
  | 'chi-bo'
/** Who tends to sit in a cell: drives ages and genders of its members. */
export type Profile = 'local' | 'office' | 'armed'

export interface OrgPlan {
  code: string
  name: string
  kind: OrgKind
  parent?: string
  isCell: boolean
  profile: Profile
}

/** Splits n into `parts` positive integers with some spread; n must be at least `parts`. */
export function split(n: number, parts: number, random: Random): number[] {
  const weights = Array.from({ length: parts }, () => 0.6 + random.next())
  return allocate(n, weights, new Array(parts).fill(1))
}

/** Gives each slot its minimum, then the rest in proportion to the weights (largest remainder). */
export function allocate(n: number, weights: number[], mins: number[]): number[] {
  const result = [...mins]
  const rest = n - mins.reduce((a, b) => a + b, 0)
  if (rest <= 0) return result
  const total = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w / total) * rest)
  exact.forEach((x, i) => {
    result[i]! += Math.floor(x)
  })
  let left = rest - exact.reduce((sum, x) => sum + Math.floor(x), 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left-- <= 0) break
    result[i]! += 1
  }
  return result
}

const nth = (list: readonly string[], i: number, fallback: (i: number) => string) => list[i] ?? fallback(i)
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x))

class TreeBuilder {
  readonly orgs: OrgPlan[] = []
  private committees = 0
  private cells = 0

  constructor(readonly random: Random) {}

  add(plan: OrgPlan): string {
    this.orgs.push(plan)
    return plan.code
  }

  committee(parent: string, name: string, profile: Profile): string {
    const code = `SH-DB${String(++this.committees).padStart(3, '0')}`
    return this.add({ code, name, kind: 'dang-bo-co-so', parent, isCell: false, profile })
  }

  cell(parent: string, name: string, profile: Profile, kind: OrgKind = 'chi-bo'): string {
    const code = `SH-CB${String(++this.cells).padStart(4, '0')}`
    return this.add({ code, name, kind, parent, isCell: true, profile })
  }

  /** A body with one cell is itself a grassroots cell; with more it becomes a committee over its cells. */
  unit(
    parent: string,
    unitName: string,
    cells: number,
    cellNames: readonly string[],
    profile: Profile,
  ): void {
    if (cells === 1) {
      this.cell(parent, `Chi bộ ${unitName}`, profile, 'chi-bo-co-so')
      return
    }
    const committee = this.committee(parent, `Đảng bộ ${unitName}`, profile)
    for (let i = 0; i < cells; i++)
      this.cell(committee, `Chi bộ ${nth(cellNames, i, (k) => `số ${k + 1}`)}`, profile)
  }

  agencies(top: string, n: number, names: readonly string[]): void {
    const count = clamp(Math.ceil(n / 3), 1, Math.min(n, names.length))
    split(n, count, this.random).forEach((cells, i) => {
      this.unit(top, names[i]!, cells, OFFICE_CELLS, 'office')
    })
  }

  local(top: TopOrg, n: number): void {
    const place = top.place.replace(/^(xã|phường|đặc khu) /, '')
    const bodies = LOCAL_BODIES.filter((b) => b.where.includes(top.type))
    const bodyCells = n >= 3 && (top.type === 'ward' || n >= 5) ? Math.max(2, Math.round(n * 0.3)) : 0
    const bodyCount = bodyCells
      ? clamp(Math.round(bodyCells / 8), 1, Math.min(bodies.length, bodyCells / 2))
      : 0
    const direct = n - bodyCells
    const offices = Math.min(COMMUNE_OFFICES.length, Math.floor(direct / 4))
    const hamlets = this.hamletNames(top.type === 'ward' ? 0 : direct)
    for (let i = 0; i < direct - offices; i++) {
      const name = top.type === 'ward' ? `khu phố ${i + 1}` : `thôn ${nth(hamlets, i, (k) => String(k + 1))}`
      this.cell(top.code, `Chi bộ ${name}`, 'local')
    }
    for (let i = 0; i < offices; i++)
      this.cell(top.code, `Chi bộ ${COMMUNE_OFFICES[i]} ${top.place}`, 'office')
    if (!bodyCount) return
    split(bodyCells, bodyCount, this.random).forEach((cells, i) => {
      const body = bodies[i]!
      this.unit(top.code, `${body.name} ${place}`, cells, body.cells, 'office')
    })
  }

  military(top: string, n: number): void {
    const zones = n >= 10 ? 2 : 0
    const zoneCells = zones ? Math.max(2, Math.round(n * 0.2)) : 0
    const office = Math.max(1, Math.round(n * 0.25))
    const regiment = n - office - zoneCells
    this.unit(top, 'Cơ quan Bộ Chỉ huy Quân sự tỉnh', office, MILITARY_OFFICE_CELLS, 'office')
    // Larger sizes get more regiments rather than one regiment with dozens of battalions.
    const regimentCount = clamp(Math.round(regiment / 30), 1, Math.floor(regiment / 3))
    split(regiment, regimentCount, this.random).forEach((cells, r) => {
      this.regiment(top, 892 + r, cells)
    })
    if (!zones) return
    split(zoneCells, zones, this.random).forEach((cells, z) => {
      this.unit(top, `Ban Chỉ huy Phòng thủ khu vực ${z + 1}`, cells, [], 'armed')
    })
  }

  /** Trung đoàn → tiểu đoàn → chi bộ đại đội: the deepest cells of the province. */
  private regiment(top: string, number: number, n: number): void {
    const code = this.committee(top, `Đảng bộ Trung đoàn ${number}`, 'armed')
    this.cell(code, 'Chi bộ Cơ quan Trung đoàn', 'armed')
    const battalions = clamp(Math.round((n - 1) / 7), 1, Math.min(4, Math.floor((n - 1) / 2)))
    let company = 0
    split(n - 1, battalions, this.random).forEach((cells, b) => {
      const battalion = this.committee(code, `Đảng bộ Tiểu đoàn ${b + 1}`, 'armed')
      for (let i = 0; i < cells; i++) this.cell(battalion, `Chi bộ Đại đội ${++company}`, 'armed')
    })
  }

  police(top: string, n: number): void {
    const localPlaces = TOP_ORGS.filter((t) => ['ward', 'commune', 'island'].includes(t.type)).map(
      (t) => t.place,
    )
    const local = n >= 3 ? Math.min(localPlaces.length, Math.round(n * 0.35)) : 0
    for (let i = 0; i < local; i++)
      this.cell(top, `Chi bộ Công an ${localPlaces[i]}`, 'armed', 'chi-bo-co-so')
    const rest = n - local
    const count = clamp(Math.ceil(rest / 3), 1, Math.min(rest, POLICE_UNITS.length))
    split(rest, count, this.random).forEach((cells, i) => {
      this.unit(top, POLICE_UNITS[i]!, cells, POLICE_CELLS, 'armed')
    })
  }

  /** Distinct hamlet names for one commune, in a shuffled order of its own. */
  private hamletNames(count: number): string[] {
    const all = HAMLET_FIRST.flatMap((a) => HAMLET_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`))
    const names: string[] = []
    while (names.length < Math.min(count, all.length)) {
      names.push(all.splice(this.random.int(0, all.length - 1), 1)[0]!)
    }
    return names
  }
}

/** The fewest cells the tree can have while still showing every shape (depth 2, 3 and 4 cells). */
export const MIN_CELLS = TOP_ORGS.reduce((sum, t) => sum + t.minCells, 0)

export function planOrgTree(cellCount: number, random: Random): OrgPlan[] {
  const tree = new TreeBuilder(random)
  tree.add({ code: PROVINCE.code, name: PROVINCE.name, kind: 'tinh-uy', isCell: false, profile: 'office' })
  const shares = allocate(
    Math.max(cellCount, MIN_CELLS),
    TOP_ORGS.map((t) => t.weight),
    TOP_ORGS.map((t) => t.minCells),
  )
  TOP_ORGS.forEach((top, i) => {
    const local = ['ward', 'commune', 'island'].includes(top.type)
    const kind: OrgKind = local ? 'dang-uy-xa-phuong' : 'dang-bo-truc-thuoc'
    tree.add({
      code: top.code,
      name: `Đảng bộ ${top.place}`,
      kind,
      parent: PROVINCE.code,
      isCell: false,
      profile: 'office',
    })
    const n = shares[i]!
    if (top.type === 'partyAgencies') tree.agencies(top.code, n, PARTY_AGENCIES)
    else if (top.type === 'government') tree.agencies(top.code, n, GOVERNMENT_AGENCIES)
    else if (top.type === 'military') tree.military(top.code, n)
    else if (top.type === 'police') tree.police(top.code, n)
    else tree.local(top, n)
  })
  return tree.orgs
}
