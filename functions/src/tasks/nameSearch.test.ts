import { describe, expect, it } from 'vitest'
import { foldedPattern } from './nameSearch.ts'

/** What SQLite's GLOB would answer, for the pattern's classes: enough to check the pattern in isolation. */
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/\*/g, '.*')}$`, 'u')

describe('accent-folded name patterns', () => {
  it('"nguyen van" matches every written form of Nguyễn Văn, and not another name', () => {
    const glob = globToRegExp(foldedPattern('nguyen van', 'sqlite') as string)
    const regex = new RegExp(foldedPattern('  NGUYEN   VAN ', 'postgres') as string, 'u')
    for (const name of ['Nguyễn Văn Hùng', 'NGUYỄN VĂN AN', 'Trần Nguyễn Vân Anh'])
      for (const pattern of [glob, regex]) expect(pattern.test(name)).toBe(true)
    for (const pattern of [glob, regex]) expect(pattern.test('Nguyễn Thị Vân')).toBe(false)
    expect(globToRegExp(foldedPattern('do thi', 'sqlite') as string).test('Đỗ Thị Hoa')).toBe(true)
  })

  it('keeps what is not a letter literal, and gives nothing for an empty query', () => {
    expect(foldedPattern('a.b', 'postgres')).toBe('[aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ]\\.[bB]')
    expect(foldedPattern('1*', 'sqlite')).toBe('*[1][*]*')
    expect(foldedPattern('   ', 'sqlite')).toBeNull()
  })
})
