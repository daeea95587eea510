/**
 * Editing content asks the site builder for a rebuild exactly when the public site can change: publishing,
 * unpublishing, editing or deleting public content; never for members-only content or drafts nobody can see.
 * The builder here is a real HTTP server that records what it is told.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { contentData, fileFor } from './fixtures/content.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let org: { id: number | string }
let server: http.Server
let received: { reason: string; token: string | undefined }[] = []

beforeAll(async () => {
  payload = await testPayload()
  org = await payload.create({
    collection: 'orgs',
    data: { code: `SR-${Date.now()}`, name: 'Tỉnh ủy dựng trang', kind: 'tinh-uy' } as any,
  })
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      received.push({ reason: JSON.parse(body).reason, token: req.headers['x-site-rebuild-token'] as string })
      res.writeHead(202).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fn/site/rebuild`
  process.env.SITE_REBUILD_TOKEN = 'bi-mat-dung-trang'
})

afterAll(async () => {
  delete process.env.SITE_REBUILD_URL
  delete process.env.SITE_REBUILD_TOKEN
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
})

beforeEach(() => {
  received = []
})

/** The notification is fire-and-forget: give it a moment to arrive (or to not arrive). */
async function notifications(expected: number) {
  for (let i = 0; i < 50 && received.length < expected; i++) await new Promise((r) => setTimeout(r, 20))
  await new Promise((r) => setTimeout(r, 100))
  return received.map((r) => r.reason)
}

const news = (audience: string, _status: string) =>
  payload.create({
    collection: 'news',
    data: { ...contentData('news', org.id, audience), _status } as any,
    draft: _status === 'draft',
  })

describe('site rebuild requests', () => {
  it('come when public news is published, edited, unpublished and deleted, with the shared token', async () => {
    const draft = await news('public', 'draft')
    expect(await notifications(0)).toEqual([])

    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } as any })
    expect(await notifications(1)).toEqual([`news:${draft.id}`])
    expect(received[0].token).toBe('bi-mat-dung-trang')

    received = []
    await payload.update({ collection: 'news', id: draft.id, data: { title: 'Tiêu đề đã sửa' } as any })
    expect(await notifications(1)).toEqual([`news:${draft.id}`])

    received = []
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'draft' } as any, draft: true })
    expect(await notifications(1)).toEqual([`news:${draft.id}`])

    received = []
    const published = await news('public', 'published')
    expect(await notifications(1)).toEqual([`news:${published.id}`])
    received = []
    await payload.delete({ collection: 'news', id: published.id })
    expect(await notifications(1)).toEqual([`news:${published.id}:xóa`])
  })

  it('come when published content stops being public', async () => {
    const item = await news('public', 'published')
    await notifications(1)
    received = []
    await payload.update({ collection: 'news', id: item.id, data: { audience: 'members' } as any })
    expect(await notifications(1)).toEqual([`news:${item.id}`])
  })

  it('do not come for members-only content or for drafts', async () => {
    const members = await news('members', 'published')
    await payload.update({ collection: 'news', id: members.id, data: { title: 'Chỉ đảng viên' } as any })
    await payload.delete({ collection: 'news', id: members.id })
    await news('org', 'published')
    await news('public', 'draft')
    expect(await notifications(0)).toEqual([])
  })

  it('come for every content type the site shows, public media included', async () => {
    for (const collection of ['documents', 'study-topics', 'faq'] as const) {
      const doc = await payload.create({ collection, data: contentData(collection, org.id, 'public') as any })
      expect(await notifications(1)).toEqual([`${collection}:${doc.id}`])
      received = []
    }
    const image = await payload.create({
      collection: 'media',
      data: contentData('media', org.id, 'public') as any,
      file: fileFor('media'),
    } as any)
    expect(await notifications(1)).toEqual([`media:${image.id}`])
  })

  it('never hold up or fail a save when the builder is down', async () => {
    process.env.SITE_REBUILD_URL = 'http://127.0.0.1:9/fn/site/rebuild'
    try {
      const item = await news('public', 'published')
      expect(item._status).toBe('published')
    } finally {
      process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fn/site/rebuild`
    }
  })
})
