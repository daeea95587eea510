// Runs `astro build` for the site builder: the CLI has no cacheDir flag, the JavaScript API takes one.
// Usage: node astroBuild.mjs <siteDir> <outDir> <cacheDir>
import { mkdirSync, rmSync } from 'node:fs'
import { createRequire, enableCompileCache } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { linkReusablePages } from './reusePages.mjs'
import { saveStoreOnce } from './storeSaveOnce.mjs'

const args = process.argv.slice(2)
if (args.length < 3) {
  console.error('Cách dùng: node astroBuild.mjs <thư mục site> <thư mục kết quả> <thư mục bộ nhớ đệm>')
  process.exit(2)
}
// Absolute before the chdir below.
const [siteDir, outDir, cacheDir] = args.map((arg) => path.resolve(arg))
// Each build is a fresh process that loads Astro, Vite and Rolldown again: V8's compiled code for them is kept
// beside the build cache, so the next build skips compiling them (about a second of an edit's start).
enableCompileCache(path.join(cacheDir, 'node-compile-cache'))
// With outDir outside the working directory, Astro writes its prerender bundle (and the PWA its service worker
// build) to <cwd>/.astro/. That bundle imports the site's packages, so it must sit inside site/; in site/.astro it
// would be shared with every other build on the machine, and a concurrent one breaks ours. So: a folder of our own.
const work = path.join(siteDir, 'node_modules', '.cache', 'sotay-site-builder', path.basename(outDir))
mkdirSync(work, { recursive: true })
process.chdir(work)
// Astro is the site's dependency, not ours: resolve it from there.
const require = createRequire(path.join(siteDir, 'package.json'))
const astroEntry = require.resolve('astro')
const { build } = await import(pathToFileURL(astroEntry).href)
await saveStoreOnce(astroEntry)
let code = 0
try {
  mkdirSync(outDir, { recursive: true })
  // The links are made while Astro starts and syncs its content (neither touches outDir); its bundling and page
  // generation, which do, wait for them (astro:build:start comes after the sync).
  const linking = linkReusablePages(outDir, cacheDir)
  linking.catch(() => {})
  const pagesLinked = {
    name: 'sotay-pages-linked',
    hooks: { 'astro:build:start': () => linking.then(() => {}) },
  }
  // Astro empties outDir first unless told not to; it is a fresh folder, holding only the linked pages.
  await build({
    root: siteDir,
    outDir,
    cacheDir,
    logLevel: 'info',
    integrations: [pagesLinked],
    vite: { build: { emptyOutDir: false } },
  })
  const reused = await linking
  const gone = await reused.removeGone()
  console.log(
    `[sotay] ${reused.linked} trang có thể dùng lại được liên kết trước khi dựng, ${gone} trang không còn đã xoá`,
  )
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  code = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
// Leave no open handles (file watchers, sockets) holding the process.
process.exit(code)
