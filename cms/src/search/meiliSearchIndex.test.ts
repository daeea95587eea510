/** The Meilisearch implementation against a real server; runs only where MEILI_URL is set (none on our machines). */
import { describe, expect, it } from 'vitest'
import { createMeiliSearchIndex } from './meiliSearchIndex.ts'

const url = process.env.MEILI_URL

describe.skipIf(!url)('Meilisearch index (MEILI_URL)', () => {
  it('finds accented text from an unaccented query, filters by tags, forgets removed documents', async () => {
    const index = createMeiliSearchIndex({
      url: url!,
      apiKey: process.env.MEILI_KEY,
      indexName: `sotay_test_${Date.now()}`,
    })
    await index.upsert([
      { id: '1', texts: ['Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?'], tags: { visibleTo: ['public'] } },
      { id: '2', texts: ['Mức đóng đảng phí'], tags: { visibleTo: ['members'] } },
    ])
    expect((await index.search('di lam an xa', { filter: { visibleTo: ['public'] } }))[0]?.id).toBe('1')
    expect(await index.search('dang phi', { filter: { visibleTo: ['public'] } })).toEqual([])
    await index.remove(['1'])
    expect(await index.search('lam an xa')).toEqual([])
    await index.clear()
  })
})
