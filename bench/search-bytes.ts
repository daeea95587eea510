/**
 * What one search costs a phone: bytes and requests for "dang vien" on the 10,000-article site, typed into the real
 * search page in headless Chromium, counted from the browser's network events (Pagefind's worker included).
 * Usage: tsx bench/search-bytes.ts [pages=10000]  (builds the site with site-build if missing)
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { openBrowser } from '../e2e/browser.ts'
import { serveStatic } from '../site/src/search/staticServer.ts'
import { benchSite } from './site-build.ts'
import { fixtureRoot } from './site-build-fixture.ts'

const pages = Number(process.argv[2] ?? 10_000)
const QUERY = 'dang vien'

interface Request {
  url: string
  bytes: number
}

/**
 * Every request the browser makes for the page, with response headers + body bytes. Context-level events include
 * the requests of Pagefind's web worker, which page-level DevTools Network events miss.
 */
function recordNetwork(context: BrowserContext): { requests: Promise<Request>[] } {
  const requests: Promise<Request>[] = []
  context.on('requestfinished', (request) => {
    requests.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      })),
    )
  })
  return { requests }
}

function kindOf(url: string): string {
  const { pathname } = new URL(url)
  if (!pathname.startsWith('/pagefind/')) return pathname.startsWith('/_astro/') ? 'JS/CSS của trang' : 'HTML'
  if (pathname.includes('/fragment/')) return 'pagefind: đoạn trích (fragment)'
  if (pathname.includes('/index/')) return 'pagefind: chỉ mục từ (index chunk)'
  if (pathname.includes('/filter/')) return 'pagefind: bộ lọc'
  if (pathname.endsWith('.pagefind')) return 'pagefind: wasm'
  // One of each per index part (kind and year), merged in the browser.
  if (pathname.endsWith('.pf_meta')) return 'pagefind: mục lục mỗi phần (pf_meta)'
  if (pathname.endsWith('pagefind-entry.json')) return 'pagefind: pagefind-entry.json mỗi phần'
  return `pagefind: ${path.basename(pathname)}`
}

function summarise(requests: Request[]) {
  const groups = new Map<string, { count: number; bytes: number }>()
  for (const r of requests) {
    const group = groups.get(kindOf(r.url)) ?? { count: 0, bytes: 0 }
    group.count++
    group.bytes += r.bytes
    groups.set(kindOf(r.url), group)
  }
  return {
    count: requests.length,
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    groups: [...groups].sort((a, b) => b[1].bytes - a[1].bytes),
  }
}

async function searchOnce(baseURL: string) {
  const browser = await openBrowser({ baseURL })
  try {
    const page = await browser.context.newPage()
    const network = recordNetwork(browser.context)
    await page.goto('/tim-kiem/')
    // The search box loads Pagefind on mount and fills the "Loại" choices from it: the page is ready to type in.
    await page.locator('select[name="loai"] option').nth(1).waitFor({ state: 'attached' })
    await page.waitForLoadState('networkidle')
    const onOpen = network.requests.length
    const typed = performance.now()
    await page.getByLabel('Tìm kiếm').fill(QUERY)
    await page
      .getByRole('status')
      .filter({ hasText: /kết quả/ })
      .waitFor({ timeout: 120_000 })
    await page.locator('.search-results li').first().waitFor()
    const resultSeconds = (performance.now() - typed) / 1000
    await page.waitForLoadState('networkidle')
    const status = await page.getByRole('status').textContent()
    const requests = await Promise.all(network.requests)
    return {
      status,
      resultSeconds,
      open: summarise(requests.slice(0, onOpen)),
      search: summarise(requests.slice(onOpen)),
    }
  } finally {
    await browser.close()
  }
}

const dist = path.join(fixtureRoot(pages), 'dist')
if (!existsSync(path.join(dist, 'pagefind', 'parts.json'))) {
  console.error(`[search-bytes] chưa có trang ${pages} bài, đang build...`)
  await benchSite(pages)
}
const server = await serveStatic(dist)
try {
  const fast = await searchOnce(server.url)
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  console.log(`\n## Tìm "${QUERY}" trên trang ${pages.toLocaleString('en-US')} bài (${fast.status})`)
  console.log('| giai đoạn | yêu cầu | KiB |\n|---|---|---|')
  console.log(`| mở /tim-kiem/ (kể cả tải Pagefind khi mở) | ${fast.open.count} | ${kb(fast.open.bytes)} |`)
  console.log(`| gõ "${QUERY}" đến khi có 10 kết quả đầu | ${fast.search.count} | ${kb(fast.search.bytes)} |`)
  console.log(
    `| tổng | ${fast.open.count + fast.search.count} | ${kb(fast.open.bytes + fast.search.bytes)} |`,
  )
  console.log('\n| loại tệp | yêu cầu | KiB |\n|---|---|---|')
  const merged = new Map<string, { count: number; bytes: number }>()
  for (const [name, g] of [...fast.open.groups, ...fast.search.groups]) {
    const m = merged.get(name) ?? { count: 0, bytes: 0 }
    merged.set(name, { count: m.count + g.count, bytes: m.bytes + g.bytes })
  }
  for (const [name, g] of merged) console.log(`| ${name} | ${g.count} | ${kb(g.bytes)} |`)
  console.log(
    `\nTừ lúc gõ đến kết quả đầu (máy này, không giới hạn mạng): ${fast.resultSeconds.toFixed(2)} s.`,
  )
  console.log(
    'Byte = phần đầu + thân phản hồi như máy chủ tĩnh gửi (không nén gzip; tệp .pf_* của Pagefind vốn đã nén).',
  )
} finally {
  await server.close()
}
