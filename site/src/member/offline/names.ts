/**
 * Where a member's private copies live, shared by the pages and the service worker: one Cache Storage cache
 * per member (`sotay-member-<id>`), never the public caches, and which addresses count as private.
 */

export const MEMBER_CACHE_PREFIX = 'sotay-member-'

/** The index of the member's offline items, kept inside their own cache (so it goes when the cache goes). */
export const INDEX_URL = '/__sotay/offline-index.json'

/** Member answers the service worker keeps a last copy of on its own (the app shell's data). */
export const AUTO_PREFIXES = ['/fn/session/me', '/fn/inbox', '/fn/profile', '/fn/reading/']

/** Files a member opens through Payload's media access (page images, audio, PDFs): kept only when an item lists them. */
export const MEDIA_PREFIX = '/api/media/file/'

export const memberCacheName = (memberId: string | number) => `${MEMBER_CACHE_PREFIX}${memberId}`

export const isMemberCache = (name: string) => name.startsWith(MEMBER_CACHE_PREFIX)

/** The path and query of a same-origin address: the key every copy is stored under. */
export function localKey(url: string, origin: string): string | null {
  const parsed = new URL(url, origin)
  if (parsed.origin !== origin) return null
  return parsed.pathname + parsed.search
}

export const isAutoKept = (key: string) =>
  AUTO_PREFIXES.some(
    (prefix) =>
      key === prefix ||
      key.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) ||
      key.startsWith(`${prefix}?`),
  )

/** Anything private: member answers and media; none of it may enter a public cache or be served from one. */
export const isPrivateKey = (key: string) => isAutoKept(key) || key.startsWith(MEDIA_PREFIX)
