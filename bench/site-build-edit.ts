/**
 * One edit again and again on a fixture site bench/site-build.ts left behind (site/.bench/site-<N>/ with its cache):
 * each run changes one article and runs `astro build` as the builder does, so the edit's fixed cost can be measured
 * and profiled without a new cold build. Prints Astro's own phase lines, the wall time of each run and of the
 * builder's go-live folder (the edit's pages with the cold build's search index), as in site-build.ts.
 * Usage: tsx bench/site-build-edit.ts [10000] [runs]   (SITE_EDIT_PROFILE=<dir> writes a CPU profile of each run)
 */
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ASTRO_BUILD_SCRIPT, createReportCollector, linkBuild } from '@sotay/server'
import { fixtureRoot, siteDir, writeArticles } from './site-build-fixture.ts'
import { measure } from './site-build-memory.ts'

const pages = Number(process.argv[2] ?? 10_000)
const runs = Number(process.argv[3] ?? 3)
const root = fixtureRoot(pages)
const cacheDir = path.join(root, 'node_modules', '.astro')
if (!existsSync(cacheDir)) {
  console.error(`Chưa có bản dựng lần đầu ở ${root}: chạy bench/site-build.ts ${pages} trước.`)
  process.exit(2)
}
/** Astro's summary lines: what each phase took. */
const PHASE = /Completed in|Synced content|Generated \d|page\(s\) built|mục công khai|\[sotay\]|\[content\]/
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const profile = process.env.SITE_EDIT_PROFILE

for (let run = 1; run <= runs; run++) {
  await writeArticles(root, pages, `lần sửa ${Date.now()}`)
  const out = path.join(root, 'builds', `edit-run-${run}`)
  rmSync(out, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    SEARCH_INDEX: 'separate',
    ...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
  }
  const built = await measure(
    path.join(siteDir, 'node_modules', '.bin', 'node'),
    [ASTRO_BUILD_SCRIPT, root, out, cacheDir],
    { cwd: root, env },
  )
  const report = createReportCollector()
  const lines = built.output.replace(ANSI, '').split('\n')
  for (const line of lines) report.line(line)
  const { rendered, reused } = report.result()
  for (const line of lines) if (PHASE.test(line)) console.log(`  ${line.trim()}`)
  const linkBegan = performance.now()
  const early = `${out}-live`
  await linkBuild(out, early, { pagefind: path.join(root, 'builds', 'cold', 'pagefind') })
  const linkSeconds = (performance.now() - linkBegan) / 1000
  console.log(
    `lần ${run}: astro build ${built.seconds.toFixed(1)} s + lên mạng ${linkSeconds.toFixed(1)} s, dựng ${rendered} trang, dùng lại ${reused}, đỉnh ${(built.peakBytes / 2 ** 30).toFixed(2)} GiB`,
  )
  rmSync(early, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
}
