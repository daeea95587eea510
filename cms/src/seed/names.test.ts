import { foldAccents } from '@sotay/content-schemas'
import { describe, expect, it } from 'vitest'
import { fullName } from './names.ts'
import { createRandom } from './random.ts'

describe('fullName', () => {
  it('makes three- or four-part names, each with Vietnamese diacritics, in NFC form', () => {
    const random = createRandom(42)
    const names = Array.from({ length: 300 }, (_, i) => fullName(random, i % 2 ? 'nam' : 'nu'))
    for (const name of names) {
      expect(name.split(' ').length).toBeGreaterThanOrEqual(3)
      expect(name.split(' ').length).toBeLessThanOrEqual(4)
      expect(name).toBe(name.normalize('NFC'))
    }
    for (const name of names) expect(foldAccents(name)).not.toBe(name)
    expect(names.filter((n) => n.startsWith('Nguyễn ')).length).toBeGreaterThan(60)
    expect(new Set(names).size).toBeGreaterThan(200)
  })

  it('never repeats a word inside one name', () => {
    const random = createRandom(3)
    for (let i = 0; i < 500; i++) {
      const words = fullName(random, i % 2 ? 'nam' : 'nu').split(' ')
      expect(new Set(words).size).toBe(words.length)
    }
  })
})
