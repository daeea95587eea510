import { describe, expect, it } from 'vitest'
import { isPrivateKey, memberCacheName } from './names.ts'
import {
  AUTO_LIMIT,
  bindMember,
  forgetMember,
  isSaved,
  keepAnswer,
  listOffline,
  NOT_SIGNED_IN,
  type OfflineEnv,
  RECENT_LIMIT,
  rememberOpened,
  SAVE_FAILED,
  saveForOffline,
  unsave,
} from './store.ts'
import { MemoryCacheStorage } from './testing/memoryCaches.ts'

const ORIGIN = 'https://sotay.example'

/** A phone: its Cache Storage, and a server answering every address with its own name (or refusing). */
function phone(failing: Set<string> = new Set()) {
  const storage = new MemoryCacheStorage(ORIGIN)
  const fetched: string[] = []
  const env: OfflineEnv = {
    caches: storage as unknown as CacheStorage,
    origin: ORIGIN,
    fetch: async (input) => {
      const url = new URL(String(input))
      const key = url.pathname + url.search
      fetched.push(key)
      if (failing.has(key)) throw new TypeError('Failed to fetch')
      return new Response(`copy of ${key}`, { status: 200 })
    },
  }
  const held = async () => (await storage.everyUrl()).map((u) => new URL(u).pathname + new URL(u).search)
  return { env, storage, fetched, held, failing }
}

const doc = (n: number) => [
  `/fn/reading/documents/${n}`,
  `/api/media/file/doc-${n}-p1.webp`,
  `/api/media/file/doc-${n}.opus`,
]

describe('the member offline store', () => {
  it('keeps an opened item with its page images and audio in that member’s own cache only', async () => {
    const { env, storage, held } = phone()
    await bindMember(env, 7)
    await rememberOpened(env, doc(1), { title: 'Nghị quyết chi bộ tháng 11', page: '/thanh-vien/van-ban/#1' })
    expect(await storage.keys()).toEqual([memberCacheName(7)])
    const cache = await env.caches.open(memberCacheName(7))
    expect(await (await cache.match('/api/media/file/doc-1.opus'))?.text()).toBe(
      'copy of /api/media/file/doc-1.opus',
    )
    expect(await held()).toEqual(expect.arrayContaining(doc(1)))
    const list = await listOffline(env)
    expect(list.opened).toEqual([
      { url: doc(1)[0], title: 'Nghị quyết chi bộ tháng 11', page: '/thanh-vien/van-ban/#1', urls: doc(1) },
    ])
  })

  it('keeps the last 30 opened, newest first, and drops the files of the ones pushed out', async () => {
    const { env, held } = phone()
    await bindMember(env, 7)
    for (let n = 1; n <= RECENT_LIMIT + 2; n++) await rememberOpened(env, doc(n), { title: `Văn bản ${n}` })
    await rememberOpened(env, doc(5), { title: 'Văn bản 5' })
    const { opened } = await listOffline(env)
    expect(opened).toHaveLength(RECENT_LIMIT)
    expect(opened[0]?.title).toBe('Văn bản 5')
    expect(opened.map((i) => i.title)).not.toContain('Văn bản 2')
    const files = await held()
    expect(files).not.toContain('/api/media/file/doc-2-p1.webp')
    expect(files).toContain('/api/media/file/doc-3-p1.webp')
  })

  it('keeps a saved item however many are opened after it, until it is unsaved', async () => {
    const { env, held } = phone()
    await bindMember(env, 7)
    await saveForOffline(env, doc(1), { title: 'Hướng dẫn đóng đảng phí' })
    expect(await isSaved(env, doc(1)[0] as string)).toBe(true)
    for (let n = 2; n <= RECENT_LIMIT + 5; n++) await rememberOpened(env, doc(n))
    expect((await listOffline(env)).saved.map((i) => i.title)).toEqual(['Hướng dẫn đóng đảng phí'])
    expect(await held()).toContain('/api/media/file/doc-1.opus')
    await unsave(env, doc(1)[0] as string)
    expect(await isSaved(env, doc(1)[0] as string)).toBe(false)
    expect(await held()).not.toContain('/api/media/file/doc-1.opus')
  })

  it('refuses to save in Vietnamese when a file cannot be fetched, and records nothing', async () => {
    const { env } = phone(new Set(['/api/media/file/doc-1.opus']))
    await bindMember(env, 7)
    await expect(saveForOffline(env, doc(1))).rejects.toThrow(SAVE_FAILED)
    expect(await isSaved(env, doc(1)[0] as string)).toBe(false)
    expect((await listOffline(env)).saved).toEqual([])
  })

  it('saves nothing for a visitor who is not signed in', async () => {
    const { env, storage } = phone()
    await expect(saveForOffline(env, doc(1))).rejects.toThrow(NOT_SIGNED_IN)
    await rememberOpened(env, doc(1))
    expect(await storage.everyUrl()).toEqual([])
  })

  it('clears everything private at sign-out, and a second member never finds the first one’s copies', async () => {
    const { env, storage } = phone()
    await env.caches.open('sotay-pages')
    await bindMember(env, 7)
    await saveForOffline(env, doc(1), { title: 'Của đảng viên 7' })
    await bindMember(env, 8)
    expect(await storage.keys()).toEqual(['sotay-pages', memberCacheName(8)])
    expect(await listOffline(env)).toEqual({ saved: [], opened: [] })
    expect(await isSaved(env, doc(1)[0] as string)).toBe(false)
    await rememberOpened(env, doc(2), { title: 'Của đảng viên 8' })
    await forgetMember(env)
    expect(await storage.keys()).toEqual(['sotay-pages'])
    expect(await storage.everyUrl()).toEqual([])
  })

  it('keeps a bounded number of the worker’s last answers, never one an item lists', async () => {
    const { env, held } = phone()
    await bindMember(env, 7)
    await rememberOpened(env, doc(1))
    const cache = await env.caches.open(memberCacheName(7))
    for (let page = 1; page <= 80; page++)
      await keepAnswer(cache, `/fn/inbox?page=${page}`, new Response('{}'))
    const files = await held()
    expect(files.filter((k) => k.startsWith('/fn/inbox'))).toHaveLength(AUTO_LIMIT)
    expect(files).toContain('/fn/inbox?page=80')
    expect(files).not.toContain('/fn/inbox?page=1')
    expect(files).toContain(doc(1)[0])
  })

  it('counts member answers and media as private, and the public pages and the rest of /fn not', () => {
    for (const key of [
      '/fn/session/me',
      '/fn/inbox?page=1&limit=20',
      '/fn/inbox/12%3A34',
      '/fn/profile',
      '/fn/reading/documents/9',
      '/api/media/file/a.webp',
    ])
      expect(isPrivateKey(key), key).toBe(true)
    for (const key of [
      '/van-ban/57-nq-tw/',
      '/thanh-vien/hop-thu/',
      '/fn/faq?q=dang+phi',
      '/fn/inboxes',
      '/fn/profiles',
    ])
      expect(isPrivateKey(key), key).toBe(false)
  })
})
