/**
 * What one search costs a phone: bytes and requests for "dang vien" on the 10,000-article site, typed into the real
 * search page in headless Chromium, counted by the static server as it answers (so Pagefind's worker and its
 * fetches are counted too). Beside it, from the same run: the next ten results ("Xem thêm"), a phrase only article
 * text holds (the full text is loaded), and the baseline, the full-text parts searched alone as before the lead tier.
 * Usage: tsx bench/search-bytes.ts [pages=10000]  (measures the site-build benchmark's last build, building it when
 * missing, and indexes it again so the index follows the current code)
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { openBrowser } from '../e2e/browser.ts'
import { indexSite } from '../site/src/search/indexSite.ts'
import { LEAD_FOLDER, type PartsList } from '../site/src/search/parts.ts'
import { serveStatic } from '../site/src/search/staticServer.ts'
import { printBenchLine } from './jsonLine.ts'
import { benchSite } from './site-build.ts'
import { fixtureRoot } from './site-build-fixture.ts'

const pages = Number(process.argv[2] ?? 10_000)
const QUERY = 'dang vien'
/**
 * Place-name syllables that rarely meet in one article's title and first paragraph (its lead) but do in its text,
 * meant to make the full text answer; the status printed says which tier did (four syllables still gave the lead 12
 * hits at 10,000 pages).
 */
const BODY_ONLY = 'Quynh Uyen Tinh Ky Mo'
const TYPED = (q: string) => `gõ "${q}" đến khi có 10 kết quả đầu`

interface Sent {
  pathname: string
  bytes: number
}

function kindOf(pathname: string): string {
  if (!pathname.startsWith('/pagefind/')) return pathname.startsWith('/_astro/') ? 'JS/CSS của trang' : 'HTML'
  const tier = pathname.includes(`/${LEAD_FOLDER}/`) ? 'phần đầu' : 'toàn văn'
  if (pathname.includes('/fragment/')) return `pagefind ${tier}: đoạn trích (fragment)`
  if (pathname.includes('/index/')) return `pagefind ${tier}: chỉ mục từ (index chunk)`
  if (pathname.includes('/filter/')) return `pagefind ${tier}: bộ lọc`
  if (pathname.endsWith('.pagefind')) return `pagefind ${tier}: wasm`
  // One of each per index part, merged in the browser.
  if (pathname.endsWith('.pf_meta')) return `pagefind ${tier}: mục lục mỗi phần (pf_meta)`
  if (pathname.endsWith('pagefind-entry.json')) return `pagefind ${tier}: pagefind-entry.json mỗi phần`
  if (pathname.endsWith('parts.json')) return 'pagefind: parts.json'
  return `pagefind: ${path.basename(pathname)}`
}

function summarise(sent: Sent[]) {
  const groups = new Map<string, { count: number; bytes: number }>()
  for (const r of sent) {
    const group = groups.get(kindOf(r.pathname)) ?? { count: 0, bytes: 0 }
    group.count++
    group.bytes += r.bytes
    groups.set(kindOf(r.pathname), group)
  }
  return {
    count: sent.length,
    bytes: sent.reduce((sum, r) => sum + r.bytes, 0),
    groups: [...groups].sort((a, b) => b[1].bytes - a[1].bytes),
  }
}
type Summary = ReturnType<typeof summarise>

const root = fixtureRoot(pages)
// The site-build benchmark leaves its last build (the one edit) here; build it when missing.
const dist = path.join(root, 'builds', 'edit')
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`[search-bytes] chưa có trang ${pages} bài, đang build...`)
  await benchSite(pages)
} else {
  // Index it again as the builder would (unchanged parts are reused), so the bundle is this code's.
  console.error(`[search-bytes] lập lại chỉ mục trang ${pages} bài (tăng dần)...`)
  await indexSite({
    distDir: dist,
    cacheDir: path.join(root, 'node_modules', '.astro', 'sotay-search'),
    log: (line) => console.error(line),
  })
}

const sent: Sent[] = []
const server = await serveStatic(dist, (pathname, bytes) => sent.push({ pathname, bytes }))
const browser = await openBrowser({ baseURL: server.url })

/** Bytes the server sent while `step` ran and the page settled after it. */
async function measure(page: Page, step: () => Promise<unknown>): Promise<Summary> {
  const from = sent.length
  await step()
  await page.waitForLoadState('networkidle')
  // Answers finishing as the network went idle.
  await new Promise((resolve) => setTimeout(resolve, 200))
  return summarise(sent.slice(from))
}

const status = (page: Page) => page.locator('.search').getByRole('status')

async function typeAndWait(page: Page, query: string) {
  await page.getByLabel('Tìm kiếm', { exact: true }).fill(query)
  await status(page)
    .filter({ hasText: /kết quả/ })
    .waitFor({ timeout: 300_000 })
  await page.locator('.search-results li').first().waitFor()
}

/**
 * The baseline: the full-text parts alone, searched in the page as the search box did before the lead tier (parts
 * merged, the query and each of its words, ten fragments).
 */
async function fullTextAlone(page: Page, parts: string[]) {
  await page.evaluate(
    async ({ parts, query }) => {
      const folders = parts.map((part) => `/pagefind/${part}/`)
      type Instance = {
        options(o: object): Promise<void>
        init(): Promise<void>
        mergeIndex(p: string, o: object): Promise<void>
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>
      }
      const module = (await import(/* @vite-ignore */ `${folders[0]}pagefind.js`)) as {
        createInstance(o: { basePath: string }): Instance
      }
      const options = { ranking: { diacriticSimilarity: 10 }, excerptLength: 24 }
      const instance = module.createInstance({ basePath: folders[0] as string })
      await instance.options(options)
      await instance.init()
      await Promise.all(folders.slice(1).map((folder) => instance.mergeIndex(folder, options)))
      const found = await instance.search(query)
      await Promise.all(query.split(' ').map((word) => instance.search(word)))
      await Promise.all(found.results.slice(0, 10).map((result) => result.data()))
    },
    { parts, query: QUERY },
  )
}

try {
  const page = await browser.context.newPage()
  const open = await measure(page, () => page.goto('/tim-kiem/'))
  const typed = await measure(page, () => typeAndWait(page, QUERY))
  const shown = await status(page).textContent()
  const more = await measure(page, async () => {
    const before = await page.locator('.search-results li').count()
    await page.getByRole('button', { name: 'Xem thêm' }).click()
    await page.locator('.search-results li').nth(before).waitFor({ timeout: 300_000 })
  })
  await page.close()

  const bodyPage = await browser.context.newPage()
  await bodyPage.goto('/tim-kiem/')
  await bodyPage.waitForLoadState('networkidle')
  const bodyOnly = await measure(bodyPage, () => typeAndWait(bodyPage, BODY_ONLY))
  const bodyStatus = await status(bodyPage).textContent()
  await bodyPage.close()

  const basePage = await browser.context.newPage()
  await basePage.goto('/tim-kiem/')
  await basePage.waitForLoadState('networkidle')
  const { parts } = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'parts.json'), 'utf8')) as PartsList
  const baseline = await measure(basePage, () => fullTextAlone(basePage, parts))
  await basePage.close()

  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  const rows = [
    { step: 'mở /tim-kiem/ (Pagefind chưa tải)', ...open },
    { step: `${TYPED(QUERY)} (${shown})`, ...typed },
    { step: `mở + gõ "${QUERY}" (tổng)`, count: open.count + typed.count, bytes: open.bytes + typed.bytes },
    { step: 'bấm "Xem thêm" (10 kết quả tiếp)', ...more },
    { step: `${TYPED(BODY_ONLY)}, trang mới (${bodyStatus})`, ...bodyOnly },
    { step: `mốc so sánh: "${QUERY}" chỉ với toàn văn (như trước khi có phần đầu)`, ...baseline },
  ]
  console.log(`\n## Tìm trên trang ${pages.toLocaleString('en-US')} bài (${parts.length} phần chỉ mục)`)
  console.log('| bước | yêu cầu | KiB |\n|---|---|---|')
  for (const row of rows) console.log(`| ${row.step} | ${row.count} | ${kb(row.bytes)} |`)
  const breakdown = (title: string, groups: Summary['groups'][]) => {
    console.log(`\n${title}\n| loại tệp | yêu cầu | KiB |\n|---|---|---|`)
    const merged = new Map<string, { count: number; bytes: number }>()
    for (const [name, g] of groups.flat()) {
      const m = merged.get(name) ?? { count: 0, bytes: 0 }
      merged.set(name, { count: m.count + g.count, bytes: m.bytes + g.bytes })
    }
    for (const [name, g] of [...merged].sort((a, b) => b[1].bytes - a[1].bytes))
      console.log(`| ${name} | ${g.count} | ${kb(g.bytes)} |`)
  }
  breakdown(`Mở + gõ "${QUERY}", theo loại tệp:`, [open.groups, typed.groups])
  breakdown(`Mốc so sánh (toàn văn một mình), theo loại tệp:`, [baseline.groups])
  console.log(
    '\nByte = phần đầu + thân phản hồi máy chủ tĩnh đã gửi (không nén gzip; tệp .pf_* của Pagefind vốn đã nén).',
  )
  printBenchLine(
    'search-bytes',
    rows.map((row) => ({ pages, step: row.step, requests: row.count, kib: Number(kb(row.bytes)) })),
  )
} finally {
  await browser.close()
  await server.close()
}
