import { describe, expect, it } from 'vitest'
import { pathOf, underPaths } from './paths.ts'

describe('materialised org paths', () => {
  it('writes the lineage root first with a slash on both ends', () => {
    expect(pathOf([1, 12, 345])).toBe('/1/12/345/')
    expect(pathOf(['a'])).toBe('/a/')
  })

  it('makes one range per outermost subtree, whose ends hold the subtree and nothing beside it', () => {
    const where = underPaths(['/1/12/', '/1/12/7/', '/1/13/'])
    expect(where).toEqual({
      or: [
        { and: [{ orgPath: { greater_than_equal: '/1/12/' } }, { orgPath: { less_than: '/1/12/\uffff' } }] },
        { and: [{ orgPath: { greater_than_equal: '/1/13/' } }, { orgPath: { less_than: '/1/13/\uffff' } }] },
      ],
    })
    const inside = (path: string) => path >= '/1/12/' && path < '/1/12/\uffff'
    expect(['/1/12/', '/1/12/7/', '/1/12/70/9/'].every(inside)).toBe(true)
    // A sibling whose id starts with the same digits, and the parent, are outside.
    expect(['/1/123/', '/1/1/', '/1/', '/1/13/'].some(inside)).toBe(false)
  })

  it('matches no row when there is no path to start from', () => {
    expect(underPaths([])).toEqual({ id: { exists: false } })
  })
})
