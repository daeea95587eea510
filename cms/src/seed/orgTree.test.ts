import { describe, expect, it } from 'vitest'
import { allocate, MIN_CELLS, type OrgPlan, planOrgTree } from './orgTree.ts'
import { createRandom } from './random.ts'

const depthOf = (orgs: OrgPlan[]) => {
  const byCode = new Map(orgs.map((o) => [o.code, o]))
  const depth = (o: OrgPlan): number => (o.parent ? 1 + depth(byCode.get(o.parent)!) : 0)
  return depth
}

describe('planOrgTree', () => {
  it.each([MIN_CELLS, 40, 2000])('plans %i cells under about 15 organisations, parents first', (cells) => {
    const orgs = planOrgTree(cells, createRandom(1))
    expect(new Set(orgs.map((o) => o.code)).size).toBe(orgs.length)
    expect(orgs.filter((o) => o.isCell)).toHaveLength(cells)
    const root = orgs[0]!
    expect(root).toMatchObject({ code: 'SH', kind: 'tinh-uy' })
    expect(orgs.filter((o) => o.parent === root.code)).toHaveLength(15)
    const seen = new Set<string>()
    for (const org of orgs) {
      if (org.parent) expect(seen.has(org.parent)).toBe(true)
      seen.add(org.code)
      expect(org.name).toMatch(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i)
    }
    // Leaves are cells and cells are leaves.
    const parents = new Set(orgs.map((o) => o.parent))
    for (const org of orgs) expect(org.isCell).toBe(!parents.has(org.code))
  })

  it('puts cells at several depths even at the smallest size', () => {
    const orgs = planOrgTree(MIN_CELLS, createRandom(1))
    const depth = depthOf(orgs)
    const depths = new Set(orgs.filter((o) => o.isCell).map(depth))
    expect([...depths].sort()).toEqual([2, 3, 4])
  })

  it('is the same for the same seed', () => {
    expect(planOrgTree(50, createRandom(9))).toEqual(planOrgTree(50, createRandom(9)))
  })
})

describe('allocate', () => {
  it('honours minimums and sums to n', () => {
    const shares = allocate(20, [1, 1, 2], [5, 1, 1])
    expect(shares.reduce((a, b) => a + b, 0)).toBe(20)
    expect(shares[0]).toBeGreaterThanOrEqual(5)
    expect(shares[2]).toBeGreaterThan(shares[1]!)
  })
})
