/**
 * Site build + search index benchmark: N synthetic Vietnamese articles (~600 words), a cold `astro build` then the
 * search index in its own process (as the site builder runs them), then one edited article built again
 * (incremental build: the pages it renders, the search parts it indexes again); time and peak memory of the
 * process tree for each.
 * Usage: tsx bench/site-build.ts [1000,10000,50000] [--cli]   (the built sites stay in site/.bench/site-<N>/)
 * Then the publish → served figure through the real CMS (site-build-publish.ts), unless BENCH_PUBLISH_ITEMS=0.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { createReportCollector } from '@sotay/server'
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
  const dist = path.join(root, 'dist')
  // As the site builder does: `astro build`, then the index in a process of its own, its parts cached beside
  // Astro's (the fixture's cacheDir); the peak is the larger of the two.
  const build = async (): Promise<Measured> => {
    const astro = await measure(bin('astro'), ['build', '--root', root], {
      cwd: root,
      env: { ...env, SEARCH_INDEX: 'separate' },
    })
    const cache = path.join(root, 'node_modules', '.astro', 'sotay-search')
    const index = await measure(bin('node'), [indexer, dist, path.join(dist, 'pagefind'), cache], {
      cwd: root,
      env,
    })
    return {
      seconds: astro.seconds + index.seconds,
      peakBytes: Math.max(astro.peakBytes, index.peakBytes),
      output: `${astro.output}\n${index.output}`,
    }
  }

  const cold = await build()
  const coldOut = readOutput(cold)
  const bundleMiB = round(folderBytes(path.join(dist, 'pagefind')) / 2 ** 20)
  const cli = withCli
    ? await measure(bin('pagefind'), ['--site', dist, '--output-path', path.join(root, 'pagefind-cli')], {
        cwd: root,
        env,
      })
    : undefined

  await writeArticles(root, pages, 'một lần sửa')
  const edit = await build()
  const editOut = readOutput(edit)
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
    '| trang | dựng lần đầu (s) | trong đó chỉ mục (s) | bộ nhớ đỉnh (GiB) | trang/s | phần chỉ mục | gói pagefind (MiB) | sửa 1 bài: dựng lại (s) | trong đó chỉ mục (s) | bộ nhớ (GiB) | trang dựng / dùng lại | phần lập lại / dùng lại | CLI pagefind (s / GiB) |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    const cli = r.cli ? `${r.cli.seconds} / ${r.cli.peakGiB}` : '—'
    const { cold, edit } = r
    console.log(
      `| ${r.pages.toLocaleString('en-US')} | ${cold.seconds} | ${cold.indexSeconds} | ${cold.peakGiB} | ${cold.pagesPerSecond} | ${cold.searchParts} | ${cold.bundleMiB} | ${edit.seconds} | ${edit.indexSeconds} | ${edit.peakGiB} | ${edit.rendered} / ${edit.reused} | ${edit.partsIndexed.length} / ${edit.partsReused} | ${cli} |`,
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
