// Runs `astro build` for the site builder: the CLI has no cacheDir flag, the JavaScript API takes one.
// Usage: node astroBuild.mjs <siteDir> <outDir> <cacheDir>
import { mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { linkReusablePages } from './reusePages.mjs'

const args = process.argv.slice(2)
if (args.length < 3) {
  console.error('Cách dùng: node astroBuild.mjs <thư mục site> <thư mục kết quả> <thư mục bộ nhớ đệm>')
  process.exit(2)
}
// Absolute before the chdir below.
const [siteDir, outDir, cacheDir] = args.map((arg) => path.resolve(arg))
// With outDir outside the working directory, Astro writes its prerender bundle (and the PWA its service worker
// build) to <cwd>/.astro/. That bundle imports the site's packages, so it must sit inside site/; in site/.astro it
// would be shared with every other build on the machine, and a concurrent one breaks ours. So: a folder of our own.
const work = path.join(siteDir, 'node_modules', '.cache', 'sotay-site-builder', path.basename(outDir))
mkdirSync(work, { recursive: true })
process.chdir(work)
// Astro is the site's dependency, not ours: resolve it from there.
const require = createRequire(path.join(siteDir, 'package.json'))
const { build } = await import(pathToFileURL(require.resolve('astro')).href)
let code = 0
try {
  mkdirSync(outDir, { recursive: true })
  const reused = await linkReusablePages(outDir, cacheDir)
  // Astro empties outDir first unless told not to; it is a fresh folder, holding only the linked pages.
  await build({ root: siteDir, outDir, cacheDir, logLevel: 'info', vite: { build: { emptyOutDir: false } } })
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
