/**
 * Builds the static search index of a built site: every page marked data-pagefind-body, in the Pagefind form,
 * through Pagefind's Node API (the CLI holds far more memory per page), into <dist>/pagefind/ as two bundles per
 * part (parts.ts: months, oldest first): the full text, and in its lead/ folder the pages' leads (lead.ts), which
 * the search reads first. A part whose pages are unchanged since the last build is reused from the cache folder, so
 * an edit re-indexes one part; each part is indexed on its own and dropped, so memory follows the largest part.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PAGEFIND_D_MARK } from '@sotay/content-schemas/text/pagefindForm'
import * as pagefind from 'pagefind'
import { linkTree } from './linkTree.ts'
import {
  digestOf,
  LEAD_FOLDER,
  monthOf,
  PARTS_FILE,
  type PartsList,
  partFolder,
  partsByMonth,
} from './parts.ts'
import { prepareForIndex } from './prepare.ts'

export interface IndexSiteOptions {
  /** The built site (Astro's outDir). */
  distDir: string
  /** Where the bundle goes; <distDir>/pagefind by default, which the search box loads from /pagefind/. */
  outputPath?: string
  /**
   * Kept between builds (the builder's data/site/cache): parts already indexed, by the digest of their pages.
   * Without it every part is indexed.
   */
  cacheDir?: string
  /** Pages read and sent to Pagefind at a time. */
  batchSize?: number
  /** Pages per index part at least (parts.ts PART_PAGES by default). */
  partPages?: number
  log?: (line: string) => void
}

export interface PartReport {
  /** The months it holds, e.g. 2024-03_2025-11. */
  part: string
  /** The bundle's folder under /pagefind/. */
  folder: string
  pages: number
  /** Indexed in this run (false: reused unchanged from the cache). */
  indexed: boolean
}

export interface IndexSiteResult {
  pages: number
  skipped: number
  errors: string[]
  seconds: number
  /** Of which: writing the bundles (Pagefind builds its chunks here). */
  writeSeconds: number
  parts: PartReport[]
}

interface PageRef {
  file: string
  url: string
  digest: string
}

/** Every .html file under dir, except Pagefind's own output. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !path.relative(dir, file).startsWith(`pagefind${path.sep}`))
    .sort()
}

/** The URL a built file is served at: dist/tin-tuc/a/index.html → /tin-tuc/a/. */
export function urlOf(distDir: string, file: string): string {
  const rel = path.relative(distDir, file).split(path.sep).join('/')
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`
}

/**
 * Word locations per index chunk (Pagefind's default is 20,000). A search downloads the whole chunk that holds each
 * query word: with the default, the lead's chunk for "vien" also held viec, vinh, voi, vu, vung, vuot and xa, four
 * times its own size. Pagefind reads this from its service's environment (an "unstable" setting: without it the
 * default applies), so it is set before the service starts.
 */
const INDEX_CHUNK_LOCATIONS = '4000'
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'

/** What decides how a page is indexed besides its HTML: Pagefind's version, its chunk size and our page preparation. */
function indexerVersion(): string {
  const parts = [
    'vi',
    `d+U+${PAGEFIND_D_MARK.codePointAt(0)?.toString(16)}`,
    `chunk ${process.env[CHUNK_SIZE_ENV]}`,
  ]
  try {
    parts.push(createRequire(import.meta.url)('pagefind/package.json').version)
  } catch {
    parts.push('pagefind')
  }
  for (const file of ['./prepare.ts', './lead.ts', './kinds.ts', './parts.ts']) {
    try {
      parts.push(readFileSync(new URL(file, import.meta.url), 'utf8'))
    } catch {
      parts.push(file)
    }
  }
  return digestOf(parts.join('\n'))
}

/** Pass one: each page's month and digest, from its raw HTML (no parse); then the months' parts. */
async function groupPages(distDir: string, files: string[], batchSize: number, partPages?: number) {
  const byMonth = new Map<string, PageRef[]>()
  let skipped = 0
  for (let start = 0; start < files.length; start += batchSize) {
    await Promise.all(
      files.slice(start, start + batchSize).map(async (file) => {
        const html = await readFile(file, 'utf8')
        if (!html.includes('data-pagefind-body')) {
          skipped++
          return
        }
        const month = monthOf(html)
        const list = byMonth.get(month) ?? []
        list.push({ file, url: urlOf(distDir, file), digest: digestOf(html) })
        byMonth.set(month, list)
      }),
    )
  }
  const partOf = partsByMonth(new Map([...byMonth].map(([month, refs]) => [month, refs.length])), partPages)
  const byPart = new Map<string, PageRef[]>()
  for (const [month, refs] of byMonth) {
    const part = partOf.get(month) as string
    const list = byPart.get(part) ?? []
    for (const ref of refs) list.push(ref)
    byPart.set(part, list)
  }
  return { byPart, skipped }
}

/** Beside each part's bundles: what parts.json says of the part (its years), kept with it in the cache. */
const PART_INFO = 'part.json'
interface PartInfo {
  years: string[]
}

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`)
  return index
}

type PagefindIndex = Awaited<ReturnType<typeof newIndex>>

/** Writes one bundle without Pagefind's own search UIs (~0.4 MB a bundle): the site has its own search box. */
async function writeBundle(index: PagefindIndex, outputPath: string, errors: string[]) {
  const written = await index.writeFiles({ outputPath })
  errors.push(...written.errors)
  for (const name of await readdir(outputPath))
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) await rm(path.join(outputPath, name))
}

/** Indexes one part's full text into `outputPath` and its leads into its lead/ folder; the errors say which pages Pagefind refused. */
async function indexPart(pages: PageRef[], outputPath: string, batchSize: number) {
  const full = await newIndex()
  const lead = await newIndex()
  const errors: string[] = []
  const years = new Set<string>()
  let skipped = 0
  const add = async (index: PagefindIndex, url: string, content: string) => {
    const added = await index.addHTMLFile({ url, content })
    if (added.errors.length) errors.push(`${url}: ${added.errors.join('; ')}`)
  }
  try {
    for (let start = 0; start < pages.length; start += batchSize) {
      await Promise.all(
        pages.slice(start, start + batchSize).map(async ({ file, url }) => {
          const prepared = prepareForIndex(await readFile(file, 'utf8'), url)
          if (!prepared) {
            skipped++
            return
          }
          for (const year of prepared.years) years.add(year)
          await add(full, url, prepared.html)
          if (prepared.lead) await add(lead, url, prepared.lead)
        }),
      )
    }
    const began = performance.now()
    await writeBundle(full, outputPath, errors)
    await writeBundle(lead, path.join(outputPath, LEAD_FOLDER), errors)
    const info: PartInfo = { years: [...years].sort() }
    await writeFile(path.join(outputPath, PART_INFO), `${JSON.stringify(info)}\n`)
    return { errors, skipped, writeMs: performance.now() - began }
  } finally {
    // Frees the part's memory in Pagefind's process before the next part.
    await full.deleteIndex()
    await lead.deleteIndex()
  }
}

/** The years a part holds, from its info file (an older part without one offers none). */
async function yearsOf(folder: string): Promise<string[]> {
  try {
    return (JSON.parse(await readFile(path.join(folder, PART_INFO), 'utf8')) as PartInfo).years ?? []
  } catch {
    return []
  }
}

export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const started = performance.now()
  const { distDir, batchSize = 100, log = console.log } = options
  process.env[CHUNK_SIZE_ENV] ??= INDEX_CHUNK_LOCATIONS
  const outputPath = options.outputPath ?? path.join(distDir, 'pagefind')
  const files = await htmlFiles(distDir)
  const grouped = await groupPages(distDir, files, batchSize, options.partPages)
  let skipped = grouped.skipped
  // Parts live in the cache when there is one (then linked into the build), else straight in the output.
  const store = options.cacheDir ? path.join(options.cacheDir, 'search-parts') : outputPath
  await mkdir(store, { recursive: true })
  const indexer = indexerVersion()
  const errors: string[] = []
  const parts: PartReport[] = []
  let pages = 0
  let writeMs = 0
  try {
    for (const [part, refs] of [...grouped.byPart].sort(([a], [b]) => a.localeCompare(b))) {
      const folder = partFolder(part, refs, indexer)
      const target = path.join(store, folder)
      const report: PartReport = { part, folder, pages: refs.length, indexed: false }
      if (!existsSync(target)) {
        const temporary = `${target}.tmp-${process.pid}`
        await rm(temporary, { recursive: true, force: true })
        const result = await indexPart(refs, temporary, batchSize)
        writeMs += result.writeMs
        report.pages -= result.skipped
        skipped += result.skipped
        if (result.errors.length) {
          // A part with errors is never reused: the next build tries it again.
          errors.push(...result.errors)
          await rm(temporary, { recursive: true, force: true })
        } else await rename(temporary, target)
        report.indexed = true
      }
      pages += report.pages
      parts.push(report)
    }
  } finally {
    await pagefind.close()
  }
  const keep = new Set(parts.map((p) => p.folder))
  if (options.cacheDir) {
    for (const { folder } of parts) await linkTree(path.join(store, folder), path.join(outputPath, folder))
  }
  // Parts no page uses any more (edited away, or deleted pages).
  for (const name of await readdir(store))
    if (!keep.has(name)) await rm(path.join(store, name), { recursive: true })
  const years = new Set<string>()
  for (const { folder } of parts) for (const year of await yearsOf(path.join(store, folder))) years.add(year)
  const list: PartsList = { parts: parts.map((p) => p.folder), years: [...years].sort() }
  // A site with nothing to search still gets its (empty) list, so the search box says "no results".
  await mkdir(outputPath, { recursive: true })
  await writeFile(path.join(outputPath, PARTS_FILE), `${JSON.stringify(list)}\n`)

  const seconds = Math.round((performance.now() - started) / 100) / 10
  const writeSeconds = Math.round(writeMs / 100) / 10
  const indexed = parts.filter((p) => p.indexed)
  log(
    `  tìm kiếm: đã lập chỉ mục ${pages} trang (bỏ qua ${skipped}) trong ${seconds} s (ghi ${writeSeconds} s) → ${outputPath}`,
  )
  log(
    `  tìm kiếm: lập lại ${indexed.length}/${parts.length} phần${indexed.length ? ` (${indexed.map((p) => p.part).join(', ')})` : ''}, dùng lại ${parts.length - indexed.length} phần`,
  )
  if (errors.length) log(`  tìm kiếm: ${errors.length} lỗi, ví dụ: ${errors.slice(0, 3).join(' | ')}`)
  return { pages, skipped, errors, seconds, writeSeconds, parts }
}
