/**
 * The content layer's data store written once per build, when its sync is done, instead of also whenever its
 * loaders pause for half a second.
 *
 * Astro marks the store changed at the start of every sync (its config digests), and saves a changed store 500 ms
 * after the last change. Our loaders then wait on the CMS for longer than that, so each build serialised and wrote
 * the whole store (40 MB at 10,000 items, 2–3 s of CPU) once in the middle of the sync and once at its end. Nothing
 * reads the file before the end (the bundle is built after the sync), so the middle write is skipped; the end's
 * write is Astro's own. Astro is pinned; if its store changes shape, this does nothing.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** `astroEntry` is the resolved path of the astro package's main module (dist/index.js). */
export async function saveStoreOnce(astroEntry) {
  const file = path.join(path.dirname(astroEntry), 'content', 'mutable-data-store.js')
  let MutableDataStore
  try {
    ;({ MutableDataStore } = await import(pathToFileURL(file).href))
  } catch {
    return false
  }
  const proto = MutableDataStore?.prototype
  if (typeof proto?.writeToDisk !== 'function' || typeof proto.waitUntilSaveComplete !== 'function')
    return false
  const write = proto.writeToDisk
  const waitUntilSaved = proto.waitUntilSaveComplete
  /** Stores whose sync has ended: from then on every save is Astro's as usual. */
  const synced = new WeakSet()
  // A skipped save leaves the store marked changed, so the write at the end still happens.
  proto.writeToDisk = function writeToDiskOnceSynced() {
    return synced.has(this) ? write.call(this) : Promise.resolve()
  }
  proto.waitUntilSaveComplete = async function waitUntilSavedOnce() {
    synced.add(this)
    await write.call(this)
    return waitUntilSaved.call(this)
  }
  return true
}
