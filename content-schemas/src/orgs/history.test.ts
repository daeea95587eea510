/** orgAt: the name and parent an org had on a day, and whether it had been merged by then. */
import { describe, expect, it } from 'vitest'
import { orgAt } from './history.ts'

const cell = {
  id: 7,
  name: 'Chi bộ thôn Nà Hợp',
  parent: 3,
  status: 'merged',
  mergedInto: 9,
  mergedAt: '2025-07-01T00:00:00.000Z',
  history: [
    { name: 'Chi bộ thôn Nà Hợp', parent: 2, until: '2025-06-30T17:00:00.000Z' },
    { name: 'Chi bộ bản Nà', parent: 2, until: '2024-01-01T00:00:00.000Z' },
  ],
}

describe('orgAt', () => {
  it('answers the former name and parent for a day before each change', () => {
    expect(orgAt(cell, '2023-05-01')).toEqual({
      id: 7,
      name: 'Chi bộ bản Nà',
      parent: 2,
      mergedInto: undefined,
    })
    expect(orgAt(cell, '2025-03-01')).toEqual({
      id: 7,
      name: 'Chi bộ thôn Nà Hợp',
      parent: 2,
      mergedInto: undefined,
    })
  })

  it('answers the present, and the org it merged into, after the last change', () => {
    expect(orgAt(cell, '2025-08-01')).toEqual({ id: 7, name: 'Chi bộ thôn Nà Hợp', parent: 3, mergedInto: 9 })
  })
})
