/**
 * Site build + search index benchmark: N synthetic Vietnamese articles (~600 words), `astro build`, then the
 * search index (site/scripts/index-search.mjs); prints time, peak memory of the process tree, pages/s.
 * Usage: tsx bench/site-build.ts [1000,10000,50000] [--cli]   (the built sites stay in site/.bench/site-<N>/)
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { siteDir, writeFixture } from './site-build-fixture.ts'
import { measure } from './site-build-memory.ts'

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number)
const bin = (name: string) => path.join(siteDir, 'node_modules', '.bin', name)

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0)
}

export interface SiteBuildRow {
  pages: number
  generateSeconds: number
  build: { seconds: number; peakGiB: number; pagesPerSecond: number }
  index: {
    seconds: number
    writeSeconds: number
    peakGiB: number
    pagesPerSecond: number
    indexedPages: number
    bundleMiB: number
  }
  /** The stock `pagefind --site` CLI on the same pages (no đ rewrite), for comparison; only with --cli. */
  cli?: { seconds: number; peakGiB: number }
}

const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 100) / 100
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

export async function benchSite(pages: number, withCli = false): Promise<SiteBuildRow> {
  let started = performance.now()
  const root = await writeFixture(pages)
  const generateSeconds = (performance.now() - started) / 1000
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  const build = await measure(bin('astro'), ['build', '--root', root], { cwd: root, env })
  const dist = path.join(root, 'dist')
  started = performance.now()
  const index = await measure(bin('node'), [path.join(siteDir, 'scripts', 'index-search.mjs'), dist], {
    cwd: root,
    env,
  })
  const indexed = Number(/đã lập chỉ mục (\d+) trang/.exec(index.output)?.[1] ?? 0)
  const writeSeconds = Number(/\(ghi ([\d.]+) s\)/.exec(index.output)?.[1] ?? 0)
  const cli = withCli
    ? await measure(bin('pagefind'), ['--site', dist, '--output-path', path.join(root, 'pagefind-cli')], {
        cwd: root,
        env,
      })
    : undefined
  return {
    pages,
    generateSeconds: round(generateSeconds),
    build: {
      seconds: round(build.seconds),
      peakGiB: gib(build.peakBytes),
      pagesPerSecond: Math.round(pages / build.seconds),
    },
    index: {
      seconds: round(index.seconds),
      writeSeconds,
      peakGiB: gib(index.peakBytes),
      pagesPerSecond: Math.round(indexed / index.seconds),
      indexedPages: indexed,
      bundleMiB: round(folderBytes(path.join(dist, 'pagefind')) / 2 ** 20),
    },
    cli: cli && { seconds: round(cli.seconds), peakGiB: gib(cli.peakBytes) },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: SiteBuildRow[] = []
  for (const pages of sizes) {
    console.error(`[site-build] ${pages} trang...`)
    rows.push(await benchSite(pages, process.argv.includes('--cli')))
    console.error(`[site-build] ${JSON.stringify(rows.at(-1))}`)
  }
  console.log(
    '\n## Build trang tĩnh và chỉ mục tìm kiếm (bài ~600 từ tiếng Việt; bộ nhớ = RSS đỉnh cả cây tiến trình)',
  )
  console.log(
    '| trang | astro build (s) | bộ nhớ build (GiB) | trang/s build | chỉ mục (s) | trong đó ghi (s) | bộ nhớ chỉ mục (GiB) | trang/s chỉ mục | gói pagefind (MiB) | CLI pagefind (s / GiB) |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    const cli = r.cli ? `${r.cli.seconds} / ${r.cli.peakGiB}` : '—'
    console.log(
      `| ${r.pages.toLocaleString('en-US')} | ${r.build.seconds} | ${r.build.peakGiB} | ${r.build.pagesPerSecond} | ${r.index.seconds} | ${r.index.writeSeconds} | ${r.index.peakGiB} | ${r.index.pagesPerSecond} | ${r.index.bundleMiB} | ${cli} |`,
    )
  }
  console.log(JSON.stringify(rows))
}
