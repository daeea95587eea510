/** How pages are grouped into index parts: by month, oldest first, bounds that new items do not move. */
import { describe, expect, it } from 'vitest'
import { monthOf, partsByMonth } from './parts.ts'

const months = (counts: Record<string, number>) => new Map(Object.entries(counts))

describe('index parts', () => {
  it('closes a part once it holds enough pages, oldest months first', () => {
    const parts = partsByMonth(
      months({ '2024-01': 60, '2024-02': 50, '2024-03': 30, '2024-04': 80, '2024-05': 5 }),
      100,
    )
    expect([...new Set(parts.values())]).toEqual(['2024-01_2024-02', '2024-03_2024-04', '2024-05_2024-05'])
  })

  it('keeps the older parts when new items arrive in the newest month', () => {
    const before = partsByMonth(months({ '2024-01': 60, '2024-02': 50, '2024-03': 30 }), 100)
    const after = partsByMonth(months({ '2024-01': 60, '2024-02': 50, '2024-03': 90, '2024-04': 20 }), 100)
    expect(after.get('2024-01')).toBe(before.get('2024-01'))
    expect(after.get('2024-02')).toBe(before.get('2024-02'))
  })

  it('doubles the part size on a big site so there are at most 8 parts', () => {
    const big = months(
      Object.fromEntries(
        Array.from({ length: 120 }, (_, i) => [
          `20${15 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          500,
        ]),
      ),
    )
    expect(new Set(partsByMonth(big, 2000).values()).size).toBeLessThanOrEqual(8)
  })

  it('reads the month from the first date after the search body, else the year filter', () => {
    const page = (body: string) =>
      `<time datetime="2019-01-01"></time><main data-pagefind-body>${body}</main>`
    expect(monthOf(page('<time datetime="2025-03-14">14/03/2025</time>'))).toBe('2025-03')
    expect(monthOf(page('<p data-pagefind-filter="year:2024">Chuyên đề</p>'))).toBe('2024-00')
    expect(monthOf(page('<p>Hỏi đáp</p>'))).toBe('0000-00')
  })
})
