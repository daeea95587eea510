/**
 * Builds the static search index of a built site: every page marked data-pagefind-body, in the Pagefind form,
 * through Pagefind's Node API in bounded batches (the CLI holds far more memory per page), into <dist>/pagefind/.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { prepareForIndex } from './prepare.ts'

export interface IndexSiteOptions {
  /** The built site (Astro's outDir). */
  distDir: string
  /** Where the bundle goes; <distDir>/pagefind by default, which the search box loads as /pagefind/pagefind.js. */
  outputPath?: string
  /** Pages read and sent to Pagefind at a time. */
  batchSize?: number
  log?: (line: string) => void
}

export interface IndexSiteResult {
  pages: number
  skipped: number
  errors: string[]
  seconds: number
  /** Of which: writing the bundle (Pagefind builds its chunks here). */
  writeSeconds: number
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

export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteResult> {
  const started = performance.now()
  const { distDir, batchSize = 100, log = console.log } = options
  const outputPath = options.outputPath ?? path.join(distDir, 'pagefind')
  const files = await htmlFiles(distDir)
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' })
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${createErrors.join('; ')}`)

  const errors: string[] = []
  let pages = 0
  let skipped = 0
  // Progress about every 10% on big sites, silent on small ones.
  let writeSeconds = 0
  const every = files.length >= 2000 ? Math.ceil(files.length / 10 / batchSize) * batchSize : Infinity
  try {
    for (let start = 0; start < files.length; start += batchSize) {
      const batch = files.slice(start, start + batchSize)
      await Promise.all(
        batch.map(async (file) => {
          const url = urlOf(distDir, file)
          const prepared = prepareForIndex(await readFile(file, 'utf8'), url)
          if (!prepared) {
            skipped++
            return
          }
          const added = await index.addHTMLFile({ url, content: prepared.html })
          if (added.errors.length) errors.push(`${url}: ${added.errors.join('; ')}`)
          else pages++
        }),
      )
      const done = start + batch.length
      if (done % every === 0 && done < files.length) log(`  tìm kiếm: đã đọc ${done}/${files.length} trang`)
    }
    const writeStarted = performance.now()
    const written = await index.writeFiles({ outputPath })
    writeSeconds = Math.round((performance.now() - writeStarted) / 100) / 10
    errors.push(...written.errors)
  } finally {
    await pagefind.close()
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10
  log(
    `  tìm kiếm: đã lập chỉ mục ${pages} trang (bỏ qua ${skipped}) trong ${seconds} s (ghi ${writeSeconds} s) → ${outputPath}`,
  )
  if (errors.length) log(`  tìm kiếm: ${errors.length} lỗi, ví dụ: ${errors.slice(0, 3).join(' | ')}`)
  return { pages, skipped, errors, seconds, writeSeconds }
}
