/**
 * Site build + search index benchmark: N synthetic Vietnamese articles (~600 words), a cold `astro build` then the
 * search index in its own process (as the site builder runs them: each build in a fresh folder through the builder's
 * astroBuild.mjs), then one edited article built again (incremental build: the pages it renders, the search parts it
 * indexes again, and when its pages are live: the builder serves them with the last index before indexing); time
 * and peak memory of the process tree for each.
 * Usage: tsx bench/site-build.ts [1000,10000,50000] [--cli]   (the built sites stay in site/.bench/site-<N>/builds/)
 * Then the publish → served figure through the real CMS (site-build-publish.ts), unless BENCH_PUBLISH_ITEMS=0.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { ASTRO_BUILD_SCRIPT, createReportCollector, linkBuild } from '@sotay/server'
import { siteDir, writeArticles, writeFixture } from './site-build-fixture.ts'
import { type Measured, measure } from './site-build-memory.ts'
import { type PublishRow, publishToServed } from './site-build-publish.ts'

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number)
const bin = (name: string) => path.join(siteDir, 'node_modules', '.bin', name)
const indexer = path.join(siteDir, 'scripts', 'index-search.mjs')

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0)
}

export interface SiteBuildRow {
  pages: number
  generateSeconds: number
  /** The first build: every page rendered, every search part indexed. */
  cold: {
    seconds: number
    /** Of which: the search index (its own step, as in the site builder). */
    indexSeconds: number
    peakGiB: number
    pagesPerSecond: number
    indexedPages: number
    searchParts: number
    bundleMiB: number
  }
  /** The next build after one article changed. */
  edit: {
    /** Until its pages are live: astro build, then its folder linked with the last index (as the builder does). */
    liveSeconds: number
    seconds: number
    indexSeconds: number
    peakGiB: number
    rendered: number
    reused: number
    partsIndexed: string[]
    partsReused: number
  }
  /** The stock `pagefind --site` CLI on the same pages (no đ rewrite), for comparison; only with --cli. */
  cli?: { seconds: number; peakGiB: number }
}

const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 100) / 100
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/** What the build printed: pages rendered/reused, search parts, index time. */
function readOutput(run: Measured) {
  const report = createReportCollector()
  for (const line of run.output.split('\n')) report.line(line)
  return {
    ...report.result(),
    indexedPages: Number(/đã lập chỉ mục (\d+) trang/.exec(run.output)?.[1] ?? 0),
    indexSeconds: Number(
      /đã lập chỉ mục \d+ trang \(bỏ qua \d+\) trong ([\d.]+) s/.exec(run.output)?.[1] ?? 0,
    ),
  }
}

export async function benchSite(pages: number, withCli = false): Promise<SiteBuildRow> {
  const started = performance.now()
  const root = await writeFixture(pages)
  const generateSeconds = (performance.now() - started) / 1000
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  const cacheDir = path.join(root, 'node_modules', '.astro')
  // As the site builder does: `astro build` into a fresh folder, then the index in a process of its own, its parts
  // cached beside Astro's; the peak is the larger of the two.
  const build = async (out: string): Promise<Measured & { astroSeconds: number }> => {
    const astro = await measure(bin('node'), [ASTRO_BUILD_SCRIPT, root, out, cacheDir], {
      cwd: root,
      env: { ...env, SEARCH_INDEX: 'separate' },
    })
    const cache = path.join(cacheDir, 'sotay-search')
    const index = await measure(bin('node'), [indexer, out, path.join(out, 'pagefind'), cache], {
      cwd: root,
      env,
    })
    return {
      seconds: astro.seconds + index.seconds,
      astroSeconds: astro.seconds,
      peakBytes: Math.max(astro.peakBytes, index.peakBytes),
      output: `${astro.output}\n${index.output}`,
    }
  }

  const dist = path.join(root, 'builds', 'cold')
  const cold = await build(dist)
  const coldOut = readOutput(cold)
  const bundleMiB = round(folderBytes(path.join(dist, 'pagefind')) / 2 ** 20)
  const cli = withCli
    ? await measure(bin('pagefind'), ['--site', dist, '--output-path', path.join(root, 'pagefind-cli')], {
        cwd: root,
        env,
      })
    : undefined

  await writeArticles(root, pages, 'một lần sửa')
  const editDir = path.join(root, 'builds', 'edit')
  const edit = await build(editDir)
  const editOut = readOutput(edit)
  // The builder's first switch: the edit's pages with the cold build's index, linked into a folder of their own.
  const linkBegan = performance.now()
  const early = path.join(root, 'builds', 'edit-live')
  await linkBuild(editDir, early, { pagefind: path.join(dist, 'pagefind') })
  const linkSeconds = (performance.now() - linkBegan) / 1000
  rmSync(early, { recursive: true, force: true })
  return {
    pages,
    generateSeconds: round(generateSeconds),
    cold: {
      seconds: round(cold.seconds),
      indexSeconds: coldOut.indexSeconds,
      peakGiB: gib(cold.peakBytes),
      pagesPerSecond: Math.round(pages / cold.seconds),
      indexedPages: coldOut.indexedPages,
      searchParts: coldOut.search?.indexed.length ?? 0,
      bundleMiB,
    },
    edit: {
      liveSeconds: round(edit.astroSeconds + linkSeconds),
      seconds: round(edit.seconds),
      indexSeconds: editOut.indexSeconds,
      peakGiB: gib(edit.peakBytes),
      rendered: editOut.rendered,
      reused: editOut.reused,
      partsIndexed: editOut.search?.indexed ?? [],
      partsReused: editOut.search?.reused ?? 0,
    },
    cli: cli && { seconds: round(cli.seconds), peakGiB: gib(cli.peakBytes) },
  }
}

function printBuilds(rows: SiteBuildRow[]) {
  console.log(
    '\n## Dựng trang tĩnh và chỉ mục tìm kiếm (bài ~600 từ tiếng Việt; bộ nhớ = RSS đỉnh cả cây tiến trình)',
  )
  console.log(
    '| trang | dựng lần đầu (s) | trong đó chỉ mục (s) | bộ nhớ đỉnh (GiB) | trang/s | phần chỉ mục | gói pagefind (MiB) | sửa 1 bài: trang lên mạng (s) | hết cả chỉ mục (s) | trong đó chỉ mục (s) | bộ nhớ (GiB) | trang dựng / dùng lại | phần lập lại / dùng lại | CLI pagefind (s / GiB) |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    const cli = r.cli ? `${r.cli.seconds} / ${r.cli.peakGiB}` : '—'
    const { cold, edit } = r
    console.log(
      `| ${r.pages.toLocaleString('en-US')} | ${cold.seconds} | ${cold.indexSeconds} | ${cold.peakGiB} | ${cold.pagesPerSecond} | ${cold.searchParts} | ${cold.bundleMiB} | ${edit.liveSeconds} | ${edit.seconds} | ${edit.indexSeconds} | ${edit.peakGiB} | ${edit.rendered} / ${edit.reused} | ${edit.partsIndexed.length} / ${edit.partsReused} | ${cli} |`,
    )
  }
}

function printPublish(row: PublishRow) {
  console.log(
    `\n## Đăng → lên mạng qua CMS thật (${row.items.toLocaleString('en-US')} mục, ${row.edits} lần sửa một tin)`,
  )
  console.log('| mục | lần sửa | p50 (s) | p95 (s) | lớn nhất (s) |\n|---|---|---|---|---|')
  console.log(
    `| ${row.items.toLocaleString('en-US')} | ${row.edits} | ${row.p50} | ${row.p95} | ${row.max} |`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: (SiteBuildRow | PublishRow)[] = []
  const builds: SiteBuildRow[] = []
  for (const pages of sizes) {
    console.error(`[site-build] ${pages} trang...`)
    const row = await benchSite(pages, process.argv.includes('--cli'))
    builds.push(row)
    rows.push(row)
    console.error(`[site-build] ${JSON.stringify(row)}`)
  }
  printBuilds(builds)
  const items = Number(process.env.BENCH_PUBLISH_ITEMS ?? 10_000)
  if (items > 0) {
    const publish = await publishToServed({ items, edits: Number(process.env.BENCH_PUBLISH_EDITS ?? 10) })
    rows.push(publish)
    printPublish(publish)
  }
  console.log(JSON.stringify({ bench: 'site-build', rows }))
}
