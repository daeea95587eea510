/** The service worker: the shell precached, pages network-first with a short timeout, saved pages always readable offline. */
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies'

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

/** A copy from any cache (the saved pages, the visited pages, the precache), marked as shown offline. */
async function fromAnyCache(request: Request): Promise<Response | undefined> {
  const cached =
    (await caches.match(request, { ignoreSearch: true })) ??
    (await caches.match(new URL(request.url).pathname))
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

// The search index is written after the build (Pagefind), so it is cached at run time.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/pagefind/'),
  new StaleWhileRevalidate({
    cacheName: 'sotay-pagefind',
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
)

// PDFs and audio: from the network, else a saved copy.
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/api/media/file/'),
  async ({ request }) => {
    try {
      return await fetch(request)
    } catch {
      return (await fromAnyCache(request)) ?? Response.error()
    }
  },
)
