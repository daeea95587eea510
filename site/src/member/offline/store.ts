/**
 * The member's offline store: the items opened recently (the last 30) and every item saved ("Lưu để đọc
 * offline"), each a list of addresses (its /fn/reading/ answer first, then its page images and audio), copied
 * into that member's own cache. Pure over the Cache Storage and fetch it is given, so the pages, the service
 * worker and the tests run the same code.
 */
import { INDEX_URL, isAutoKept, isMemberCache, localKey, memberCacheName } from './names.ts'

export const RECENT_LIMIT = 30
/** Last copies of member answers the service worker keeps on its own (lists, the session), newest kept. */
export const AUTO_LIMIT = 60

export interface OfflineEnv {
  caches: CacheStorage
  fetch: typeof fetch
  origin: string
}

export interface OfflineItem {
  /** The item's own address (its first URL): what `isSaved` and `unsave` take. */
  url: string
  title: string
  /** The member app address that shows it (e.g. /thanh-vien/van-ban/#12), when the page gave one. */
  page?: string
  urls: string[]
}

/** What a page says about the item it keeps. */
export interface ItemMeta {
  title?: string
  page?: string
}

interface OfflineIndex {
  opened: string[]
  saved: string[]
  items: Record<string, Omit<OfflineItem, 'url'>>
}

export const SAVE_FAILED = 'Không lưu được để đọc offline. Hãy kiểm tra mạng rồi thử lại.'
export const NOT_SIGNED_IN = 'Cần đăng nhập để lưu nội dung dành cho đảng viên.'

const emptyIndex = (): OfflineIndex => ({ opened: [], saved: [], items: {} })

/** The one member cache there is, or null; two at once (never written so) are treated as none. */
export async function currentMemberCache(env: Pick<OfflineEnv, 'caches'>): Promise<string | null> {
  const names = (await env.caches.keys()).filter(isMemberCache)
  return names.length === 1 ? (names[0] ?? null) : null
}

/** On sign-in and on every /fn/session/me: this member's cache stays, any other member's goes. */
export async function bindMember(env: Pick<OfflineEnv, 'caches'>, memberId: string | number): Promise<void> {
  const own = memberCacheName(memberId)
  for (const name of await env.caches.keys())
    if (isMemberCache(name) && name !== own) await env.caches.delete(name)
  await env.caches.open(own)
}

/** At sign-out (or a session that is gone): every member's private copies go. */
export async function forgetMember(env: Pick<OfflineEnv, 'caches'>): Promise<void> {
  for (const name of await env.caches.keys()) if (isMemberCache(name)) await env.caches.delete(name)
}

async function readIndex(cache: Cache): Promise<OfflineIndex> {
  const stored = await cache.match(INDEX_URL)
  if (!stored) return emptyIndex()
  try {
    const parsed = (await stored.json()) as Partial<OfflineIndex>
    return { opened: parsed.opened ?? [], saved: parsed.saved ?? [], items: parsed.items ?? {} }
  } catch {
    return emptyIndex()
  }
}

const writeIndex = (cache: Cache, index: OfflineIndex) =>
  cache.put(
    INDEX_URL,
    new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }),
  )

function keysOf(env: OfflineEnv, urls: string[]): string[] {
  const keys = urls.map((url) => localKey(url, env.origin)).filter((key): key is string => key !== null)
  return [...new Set(keys)]
}

/** Copies the addresses not yet held; with `fresh`, every one. False when one could not be fetched. */
async function copyInto(env: OfflineEnv, cache: Cache, keys: string[], fresh: boolean): Promise<boolean> {
  const results = await Promise.all(
    keys.map(async (key) => {
      if (!fresh && (await cache.match(key))) return true
      try {
        const response = await env.fetch(new URL(key, env.origin).href, { credentials: 'same-origin' })
        if (!response.ok) return false
        await cache.put(key, response)
        return true
      } catch {
        return false
      }
    }),
  )
  return results.every(Boolean)
}

/** Drops what no kept item lists any more (media, saved files); the answers the worker keeps are trimmed apart. */
async function evictUnlisted(cache: Cache, index: OfflineIndex): Promise<void> {
  const kept = new Set<string>()
  for (const url of new Set([...index.opened, ...index.saved]))
    for (const key of index.items[url]?.urls ?? []) kept.add(key)
  for (const key of Object.keys(index.items))
    if (!index.opened.includes(key) && !index.saved.includes(key)) delete index.items[key]
  for (const request of await cache.keys()) {
    const key = new URL(request.url).pathname + new URL(request.url).search
    if (key !== INDEX_URL && !isAutoKept(key) && !kept.has(key)) await cache.delete(request)
  }
}

function describe(
  index: OfflineIndex,
  url: string,
  urls: string[],
  meta: ItemMeta,
): Omit<OfflineItem, 'url'> {
  const before = index.items[url]
  const page = meta.page ?? before?.page
  return { title: meta.title || before?.title || url, ...(page ? { page } : {}), urls }
}

async function openOwn(env: OfflineEnv): Promise<Cache | null> {
  const name = await currentMemberCache(env)
  return name ? env.caches.open(name) : null
}

/** A member page opened an item: it joins the recent ones (the oldest beyond 30 go) with its files copied. */
export async function rememberOpened(env: OfflineEnv, urls: string[], meta: ItemMeta = {}): Promise<void> {
  const cache = await openOwn(env)
  const keys = keysOf(env, urls)
  const [url] = keys
  if (!cache || !url) return
  await copyInto(env, cache, keys, false)
  const index = await readIndex(cache)
  index.items[url] = describe(index, url, keys, meta)
  index.opened = [url, ...index.opened.filter((u) => u !== url)].slice(0, RECENT_LIMIT)
  await evictUnlisted(cache, index)
  await writeIndex(cache, index)
}

/** "Lưu để đọc offline": every file fetched fresh; refused in Vietnamese when signed out or a file fails. */
export async function saveForOffline(env: OfflineEnv, urls: string[], meta: ItemMeta = {}): Promise<void> {
  const cache = await openOwn(env)
  if (!cache) throw new Error(NOT_SIGNED_IN)
  const keys = keysOf(env, urls)
  const [url] = keys
  if (!url || !(await copyInto(env, cache, keys, true))) throw new Error(SAVE_FAILED)
  const index = await readIndex(cache)
  index.items[url] = describe(index, url, keys, meta)
  index.saved = [url, ...index.saved.filter((u) => u !== url)]
  await writeIndex(cache, index)
}

export async function unsave(env: OfflineEnv, url: string): Promise<void> {
  const cache = await openOwn(env)
  const key = localKey(url, env.origin)
  if (!cache || !key) return
  const index = await readIndex(cache)
  index.saved = index.saved.filter((u) => u !== key)
  await evictUnlisted(cache, index)
  await writeIndex(cache, index)
}

export async function isSaved(env: OfflineEnv, url: string): Promise<boolean> {
  const cache = await openOwn(env)
  const key = localKey(url, env.origin)
  if (!cache || !key) return false
  return (await readIndex(cache)).saved.includes(key)
}

export interface OfflineList {
  saved: OfflineItem[]
  opened: OfflineItem[]
}

/** What opens with no network on this phone, saved first; an item counts only when its own copy is held. */
export async function listOffline(env: OfflineEnv): Promise<OfflineList> {
  const cache = await openOwn(env)
  if (!cache) return { saved: [], opened: [] }
  const index = await readIndex(cache)
  const present = async (urls: string[]) => {
    const items: OfflineItem[] = []
    for (const url of urls) {
      const item = index.items[url]
      if (item && (await cache.match(url))) items.push({ url, ...item })
    }
    return items
  }
  return {
    saved: await present(index.saved),
    opened: await present(index.opened.filter((u) => !index.saved.includes(u))),
  }
}

/**
 * The service worker's last copy of a member answer: put at the end (Cache Storage keeps insertion order),
 * then the oldest such copies beyond AUTO_LIMIT go, unless an item still lists them.
 */
export async function keepAnswer(cache: Cache, key: string, response: Response): Promise<void> {
  await cache.delete(key)
  await cache.put(key, response)
  const index = await readIndex(cache)
  const listed = new Set(Object.values(index.items).flatMap((item) => item.urls))
  const auto = (await cache.keys()).filter((request) => {
    const k = new URL(request.url).pathname + new URL(request.url).search
    return isAutoKept(k) && !listed.has(k)
  })
  for (const request of auto.slice(0, Math.max(0, auto.length - AUTO_LIMIT))) await cache.delete(request)
}
