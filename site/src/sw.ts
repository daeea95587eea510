/**
 * The service worker: the shell precached, pages network-first with a short timeout, saved pages always readable
 * offline; a signed-in member's answers and files kept in that member's own cache (member/offline/), served only
 * while that member is the one signed in, and dropped at sign-out or when someone else signs in.
 */
import { cacheNames, clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies'
import { isAutoKept, isPrivateKey, localKey } from './member/offline/names.ts'
import { bindMember, currentMemberCache, forgetMember, keepAnswer } from './member/offline/store.ts'

// The DOM typings of this package do not describe a worker's global scope; these are the parts used here.
interface WorkerScope {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>
  skipWaiting(): Promise<void>
}
const worker = self as unknown as WorkerScope

worker.skipWaiting()
// Push notices (the notices engineer's handlers, public/sw-push.js): one worker per scope, so it is imported here.
;(self as unknown as { importScripts(url: string): void }).importScripts('/sw-push.js')
clientsClaim()
cleanupOutdatedCaches()
// Written out literally: the build step looks for `self.__WB_MANIFEST` to inject the precache list.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST)

/** The caches anyone on this phone may be served from; a member's own cache is never among them. */
const PUBLIC_CACHES = ['sotay-saved', 'sotay-pages', 'sotay-assets', 'sotay-pagefind']

async function matchPublic(request: Request | string, ignoreSearch: boolean): Promise<Response | undefined> {
  for (const name of [...PUBLIC_CACHES, cacheNames.precache]) {
    if (!(await caches.has(name))) continue
    const hit = await (await caches.open(name)).match(request, { ignoreSearch })
    if (hit) return hit
  }
  return undefined
}

/** A copy from a public cache (the saved pages, the visited pages, the precache), marked as shown offline. */
async function fromAnyCache(request: Request): Promise<Response | undefined> {
  const cached =
    (await matchPublic(request, true)) ?? (await matchPublic(new URL(request.url).pathname, false))
  if (!cached) return undefined
  if (!cached.headers.get('content-type')?.includes('text/html')) return cached
  // The page script shows the offline banner when it sees this attribute.
  const html = (await cached.text()).replace('<html lang="vi"', '<html lang="vi" data-offline')
  return new Response(html, { status: 200, headers: cached.headers })
}

// Pages: a weak network gets 4 s, then the last copy we have. Kept: the 80 most recent pages.
const pages = new NetworkFirst({
  cacheName: 'sotay-pages',
  networkTimeoutSeconds: 4,
  plugins: [new ExpirationPlugin({ maxEntries: 80 })],
})
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !/^\/(admin|api|fn|_next)\//.test(url.pathname),
  async (options) => {
    const request = options.request as Request
    try {
      const response = await pages.handle(options)
      // A cached copy served after a timeout also counts as offline reading.
      if (response.ok) return response
      return (await fromAnyCache(request)) ?? response
    } catch {
      return (
        (await fromAnyCache(request)) ??
        (await fromAnyCache(new Request('/da-luu/'))) ??
        new Response('Không có mạng và trang này chưa được lưu.', {
          status: 503,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        })
      )
    }
  },
)

// Hashed build assets and icons never change under the same name.
registerRoute(
  ({ url }) => url.origin === location.origin && /^\/(_astro|icons)\//.test(url.pathname),
  new CacheFirst({ cacheName: 'sotay-assets', plugins: [new ExpirationPlugin({ maxEntries: 120 })] }),
)

// The list of index parts changes with every build that touches search, and names folders that the next build may
// no longer have: the network first, the cache only offline.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname === '/pagefind/parts.json',
  new NetworkFirst({ cacheName: 'sotay-pagefind' }),
)

// The search index is written after the build (Pagefind), so it is cached at run time.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/pagefind/'),
  new StaleWhileRevalidate({
    cacheName: 'sotay-pagefind',
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
)

// Who is signed in, as the session answers say: the member's cache follows them, and goes when they do.
async function followSession(path: string, response: Response): Promise<void> {
  if (path === '/fn/session/logout' || (path === '/fn/session/me' && response.status === 401)) {
    await forgetMember({ caches })
    return
  }
  if (!response.ok || !['/fn/session/me', '/fn/session/login', '/fn/session/activate'].includes(path)) return
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { member?: { id?: string | number } } | null
  if (body?.member?.id !== undefined) await bindMember({ caches }, body.member.id)
}

registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/fn/session/'),
  async ({ request }) => {
    const path = new URL(request.url).pathname
    // Signing out offline still leaves nothing private behind.
    const response = await fetch(request).catch(async (error) => {
      if (path === '/fn/session/logout') await forgetMember({ caches })
      throw error
    })
    await followSession(path, response)
    return response
  },
  'POST',
)

const NOT_KEPT = JSON.stringify({
  error: { code: 'offline', message: 'Bạn đang ngoại tuyến và mục này chưa được lưu trên máy này.' },
})

/** Waits for the network at most `seconds`, as the pages do on a weak signal. */
const withTimeout = (request: Request, seconds: number) =>
  Promise.race([
    fetch(request),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), seconds * 1000)),
  ])

// Member answers and media: the network first; the signed-in member's own copy when it fails; then, for media
// only, a public saved copy. Only the answers the app shell needs are kept here without being asked; files
// (page images, audio, PDFs) are kept when an item that lists them is opened or saved (member/offline/store.ts).
registerRoute(
  ({ url, request }) => {
    const key = localKey(url.href, location.origin)
    return request.method === 'GET' && key !== null && isPrivateKey(key)
  },
  async ({ request }) => {
    const key = localKey(request.url, location.origin) as string
    const own = await currentMemberCache({ caches })
    try {
      const response = await withTimeout(request, 6)
      if (key === '/fn/session/me') await followSession(key, response)
      const still = await currentMemberCache({ caches })
      if (response.ok && still) {
        const cache = await caches.open(still)
        if (isAutoKept(key)) await keepAnswer(cache, key, response.clone())
        else if (await cache.match(key)) await cache.put(key, response.clone())
      }
      return response
    } catch {
      const kept = own ? await (await caches.open(own)).match(key) : undefined
      if (kept) {
        const headers = new Headers(kept.headers)
        // The member app shows "đang xem bản đã lưu" when it sees this header.
        headers.set('x-sotay-offline', '1')
        return new Response(kept.body, { status: kept.status, headers })
      }
      if (!isAutoKept(key)) return (await fromAnyCache(request)) ?? Response.error()
      return new Response(NOT_KEPT, {
        status: 503,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-sotay-offline': '1' },
      })
    }
  },
)
