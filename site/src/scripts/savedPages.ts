/** The saved-for-offline pages live in one named cache; this module is the only place that names it. */

export const SAVED_CACHE = 'sotay-saved'

export async function savePage(path: string, pdfUrl?: string): Promise<void> {
  const cache = await caches.open(SAVED_CACHE)
  const urls = [path, ...(pdfUrl ? [pdfUrl] : [])]
  // cache: 'reload' fetches a fresh copy rather than whatever the HTTP cache holds.
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' })
      if (!response.ok) throw new Error(`${response.status} ${url}`)
      await cache.put(url, response)
    }),
  )
}

export async function isSaved(path: string): Promise<boolean> {
  const cache = await caches.open(SAVED_CACHE)
  return (await cache.match(path)) !== undefined
}

export interface SavedPage {
  path: string
  title: string
}

/** Saved HTML pages with their titles, read from the cached copies themselves. */
export async function listSaved(): Promise<SavedPage[]> {
  const cache = await caches.open(SAVED_CACHE)
  const pages: SavedPage[] = []
  for (const request of await cache.keys()) {
    const response = await cache.match(request)
    if (!response?.headers.get('content-type')?.includes('text/html')) continue
    const html = await response.text()
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const title = doc.querySelector('h1')?.textContent?.trim() || doc.title
    pages.push({ path: new URL(request.url).pathname, title })
  }
  return pages
}

export async function removeSaved(path: string, pdfUrl?: string): Promise<void> {
  const cache = await caches.open(SAVED_CACHE)
  await cache.delete(path)
  if (pdfUrl) await cache.delete(pdfUrl)
}
