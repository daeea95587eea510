/**
 * Pages Astro's incremental build may reuse, hard-linked into the fresh outDir before `astro build` instead of
 * copied one by one during it (Astro keeps a reusable page it finds in outDir: "(cached)"). At 10,000 pages the copies
 * were most of an edit's page generation.
 *
 * Astro writes a page it renders again in place (open, truncate, write), which through a link would change the cache's
 * copy and the live build's page before the switch: every write to a linked file replaces it with a new file instead.
 * A page no longer generated (an item deleted or hidden) is removed after the build, as Astro removes it from its cache.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Astro's incremental build keeps, in cacheDir, this manifest and a copy of each cacheable page under dist/. */
const MANIFEST = 'incremental-build.json'
const CACHED_PAGES = 'dist'

/** The output files (relative to outDir) of every cacheable page of the last build, or none without a manifest. */
function cachedPages(cacheDir) {
  try {
    const { routes } = JSON.parse(fs.readFileSync(path.join(cacheDir, MANIFEST), 'utf8'))
    return Object.values(routes).flatMap((route) => Object.values(route.paths).map((page) => page.outputFile))
  } catch {
    return []
  }
}

/** Links the last build's cacheable pages into outDir; returns what to call once the build is done. */
export async function linkReusablePages(outDir, cacheDir) {
  const linked = new Set()
  /** Each folder made once, every page in it waiting for that. */
  const folders = new Map()
  await Promise.all(
    cachedPages(cacheDir).map(async (file) => {
      const source = path.join(cacheDir, CACHED_PAGES, file)
      const target = path.join(outDir, file)
      const folder = path.dirname(target)
      if (!folders.has(folder)) folders.set(folder, fs.promises.mkdir(folder, { recursive: true }))
      await folders.get(folder)
      try {
        await fs.promises.link(source, target)
      } catch {
        return
      }
      linked.add(target)
      linked.add(path.resolve(source))
    }),
  )
  const { writeFile } = fs.promises
  fs.promises.writeFile = async (file, ...rest) => {
    const target = file instanceof URL ? fileURLToPath(file) : file
    const resolved = typeof target === 'string' ? path.resolve(target) : null
    if (resolved && linked.delete(resolved)) await fs.promises.rm(resolved, { force: true })
    return writeFile(file, ...rest)
  }
  const count = linked.size / 2
  return {
    linked: count,
    /** Removes the linked pages the build neither kept nor rendered again. */
    async removeGone() {
      const kept = new Set(cachedPages(cacheDir).map((file) => path.join(outDir, file)))
      let removed = 0
      for (const target of linked) {
        if (!target.startsWith(outDir + path.sep) || kept.has(target)) continue
        await fs.promises.rm(target, { force: true })
        await fs.promises.rmdir(path.dirname(target)).catch(() => {})
        removed++
      }
      return removed
    },
  }
}
