/**
 * The Meilisearch implementation: against a real server where MEILI_URL is set (none on our machines),
 * and what it sends over HTTP, always.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
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

/**
 * What the adapter asks of Meilisearch, seen at the HTTP boundary: a local server answers as Meilisearch
 * does (a task for each write, the task done when asked) and keeps every request.
 */
async function recordingMeili() {
  const requests: { method: string; path: string; body: unknown }[] = []
  let task = 0
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const path = req.url ?? ''
    requests.push({ method: req.method ?? '', path, body: raw ? JSON.parse(raw) : undefined })
    res.setHeader('content-type', 'application/json')
    if (req.method === 'GET' && path.startsWith('/tasks/')) {
      res.end(
        JSON.stringify({ uid: Number(path.split('/')[2]), status: 'succeeded', type: 'settingsUpdate' }),
      )
    } else if (path.endsWith('/search')) {
      res.end(JSON.stringify({ hits: [{ id: '1', _rankingScore: 0.9 }], query: '', processingTimeMs: 1 }))
    } else {
      res.statusCode = 202
      res.end(
        JSON.stringify({ taskUid: ++task, indexUid: 'faq', status: 'enqueued', type: 'settingsUpdate' }),
      )
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => server.close() }
}

describe('Meilisearch settings (HTTP boundary)', () => {
  it('sends the synonyms and stop words to their settings routes before the first document', async () => {
    const meili = await recordingMeili()
    try {
      const index = createMeiliSearchIndex({ url: meili.url, indexName: 'sotay_faq' })
      await index.upsert([
        {
          id: '1',
          texts: ['Đảng viên đóng đảng phí bao nhiêu mỗi tháng?'],
          body: ['Theo thu nhập.'],
          tags: {},
        },
      ])
      const writes = meili.requests.filter((r) => r.method !== 'GET')
      const at = (path: string) => writes.findIndex((r) => r.path === path)
      const synonyms = writes[at('/indexes/sotay_faq/settings/synonyms')]
      const stopWords = writes[at('/indexes/sotay_faq/settings/stop-words')]
      expect(synonyms?.method).toBe('PUT')
      expect(synonyms?.body).toMatchObject({
        'hằng tháng': expect.arrayContaining(['mỗi tháng', 'hàng tháng', 'moi thang']),
        nộp: expect.arrayContaining(['đóng']),
        'đi bộ đội': expect.arrayContaining(['nhập ngũ', 'nghĩa vụ quân sự']),
      })
      expect(stopWords?.method).toBe('PUT')
      expect(stopWords?.body).toEqual(expect.arrayContaining(['tôi', 'mình', 'ạ', 'toi']))
      // "không" changes what is asked ("không có lương"): Meilisearch would drop it everywhere.
      expect(stopWords?.body).not.toContain('không')
      const documents = writes.findIndex((r) => r.path.startsWith('/indexes/sotay_faq/documents'))
      expect(documents).toBeGreaterThan(
        Math.max(at('/indexes/sotay_faq/settings/synonyms'), at('/indexes/sotay_faq/settings/stop-words')),
      )
      expect(writes[documents]?.body).toMatchObject([{ bodyFolded: 'theo thu nhap' }])
      expect((await index.search('dang phi hang thang'))[0]?.id).toBe('1')
    } finally {
      meili.close()
    }
  })
})
