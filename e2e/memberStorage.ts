/** What a member's browser keeps: Cache Storage and IndexedDB, and whether the service worker controls the page. */
import type { Page } from 'playwright-core'

/** Every Cache Storage entry and IndexedDB database this origin holds, with the cached bodies' text. */
export const storage = (page: Page) =>
  page.evaluate(async () => {
    const entries: { cache: string; url: string; body: string }[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const body = (await (await cache.match(request))?.text()) ?? ''
        entries.push({ cache: name, url: request.url, body })
      }
    }
    const databases = (await indexedDB.databases()).map((d) => d.name)
    return { names: await caches.keys(), entries, databases }
  })

export const isPrivate = (url: string) => /\/(fn|api\/media\/file)\//.test(new URL(url).pathname)

/** Waits until the service worker controls the page (the first visit installs it). */
export async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready)
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload()
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
}
