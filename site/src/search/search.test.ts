/**
 * Search on a built fixture site, in real Chromium: unaccented queries find accented pages (đ included), the exact
 * accents rank first, filters by kind and year work, and the search page works as a user types.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from '../../../e2e/browser.ts'
import { type FixtureSite, openFixtureSite } from '../lib/fixtureSite.ts'

const siteDir = path.resolve(import.meta.dirname, '..', '..')
let site: FixtureSite
let browser: Browser
let page: Page

beforeAll(async () => {
  // The fixture's astro.config.mjs has the search integration, so the build ends with the index.
  // The smallest parts here (a month each, at most eight), so every search below merges parts in the browser.
  site = await openFixtureSite('search', 'SEARCH', {}, { SEARCH_PART_PAGES: '1' })
  browser = site.browser
  page = await browser.context.newPage()
  await page.goto('/')
})

afterAll(() => site?.close())

// In the page, not in Node: the site's own search client (client.ts, bundled into the fixture's home page).
declare const searchClient: typeof import('./client.ts')

interface Found {
  url: string
  title: string
  excerpt: string
  kind?: string
  date?: string
}

/** Searches the way the search box does: the parts merged, the query in the Pagefind form, results back to đ. */
async function search(term: string, filters: Record<string, string> = {}): Promise<Found[]> {
  return page.evaluate(
    async ({ term, filters }) => {
      const found = await (await searchClient.loadSearch()).search(term, filters)
      return found ? found.hits(0, found.total) : []
    },
    { term, filters },
  )
}

/** The search box waits for a typing pause and loads Pagefind on first use; a busy machine needs a while. */
const POLL = { timeout: 20_000 }

const urls = (hits: Found[]) => hits.map((hit) => hit.url).sort()

describe('unaccented queries find accented pages', () => {
  it('"dang vien" finds every page about đảng viên, and neither the home page nor "đang"', async () => {
    const hits = await search('dang vien')
    expect(urls(hits)).toEqual([
      '/tin-tuc/lop-boi-duong-co-dau/',
      '/tin-tuc/lop-boi-duong-khong-dau/',
      '/van-ban/huong-dan-ket-nap-dang-vien/',
    ])
    const accented = hits.find((hit) => hit.url === '/van-ban/huong-dan-ket-nap-dang-vien/')
    expect(accented?.title).toBe('Hướng dẫn kết nạp đảng viên')
    expect(accented?.kind).toBe('văn bản')
    expect(accented?.date).toBe('02/11/2024')
  })

  it('"nghi quyet", "chi bo" and "Dien Bien Phu" each find their page', async () => {
    expect(urls(await search('nghi quyet'))).toEqual(['/van-ban/nghi-quyet-chuyen-doi-so/'])
    expect(urls(await search('chi bo'))).toEqual(['/chuyen-de/nang-cao-chat-luong-sinh-hoat/'])
    const dienBienPhu = await search('Dien Bien Phu')
    expect(urls(dienBienPhu)).toEqual(['/hoi-dap/chien-thang-lich-su/'])
    expect(dienBienPhu[0]?.excerpt).toContain('<mark>Điện</mark> <mark>Biên</mark> <mark>Phủ</mark>')
  })

  it('shows excerpts with real đ and the matched words highlighted', async () => {
    const [first] = await search('dang vien', { kind: 'văn bản' })
    // Pagefind's highlight takes the punctuation that follows a word along ("viên.").
    expect(first?.excerpt).toContain('<mark>đảng</mark> <mark>viên')
    expect(first?.excerpt).not.toContain('\u0345')
  })
})

describe('ranking', () => {
  // The twins hold the same text, one with accents and one without, each in its own index part. Between pages of
  // different parts the rest of the score (word rarity) is counted per part, so the test compares the twins.
  it('puts the page with the exact accents first, across index parts', async () => {
    const order = async (query: string) =>
      (await search(query)).map((hit) => hit.url).filter((url) => url.startsWith('/tin-tuc/lop-boi-duong-'))
    expect(await order('đảng viên')).toEqual([
      '/tin-tuc/lop-boi-duong-co-dau/',
      '/tin-tuc/lop-boi-duong-khong-dau/',
    ])
    expect(await order('dang vien')).toEqual([
      '/tin-tuc/lop-boi-duong-khong-dau/',
      '/tin-tuc/lop-boi-duong-co-dau/',
    ])
  })
})

describe('the lead tier', () => {
  it('answers from titles and summaries when they hold enough hits, and reads the full text only for more', async () => {
    const tab = await browser.context.newPage()
    const fetched: string[] = []
    // The context's requests include those of Pagefind's worker, which fetches the index chunks.
    const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname)
    browser.context.on('request', record)
    const hitsFor = (count?: number) =>
      tab.evaluate(async (count) => {
        // One hit is "enough" here, so the lead answers alone.
        const page = await (await searchClient.loadSearch()).search('dang', {}, { enough: 1 })
        if (!page) throw new Error('superseded')
        const hits = await page.hits(0, count ?? page.total)
        return { total: page.total, complete: page.complete, urls: hits.map((hit) => hit.url) }
      }, count)
    try {
      await tab.goto('/')
      const fullChunks = () => fetched.filter((p) => /^\/pagefind\/[^/]+\/index\//.test(p))
      const lead = await hitsFor()
      expect(lead.complete).toBe(false)
      // Titles, headings and a document's issuer say "Đảng"; "đang thu hoạch" is only in an article's text.
      expect(lead.urls).toContain('/van-ban/huong-dan-ket-nap-dang-vien/')
      expect(lead.urls).toContain('/van-ban/huong-dan-03/')
      expect(lead.urls).not.toContain('/tin-tuc/mua-lua-boi-thu/')
      expect(fetched.some((p) => /^\/pagefind\/[^/]+\/lead\/index\//.test(p))).toBe(true)
      expect(fullChunks()).toEqual([])

      // Asking past the lead's hits searches the full text: its pages follow, none twice.
      const all = await hitsFor(20)
      expect(all.complete).toBe(true)
      expect(all.urls.slice(0, lead.urls.length)).toEqual(lead.urls)
      expect(all.urls).toContain('/tin-tuc/mua-lua-boi-thu/')
      expect(new Set(all.urls).size).toBe(all.urls.length)
      expect(all.total).toBe(all.urls.length)
      expect(fullChunks().length).toBeGreaterThan(0)
    } finally {
      browser.context.off('request', record)
      await tab.close()
    }
  })
})

describe('filters', () => {
  it('offers the years of the pages, newest first, from the parts list', async () => {
    expect(await page.evaluate(() => searchClient.loadYears())).toEqual(['2026', '2025', '2024', '2023'])
  })

  it('narrows results by kind and by year', async () => {
    expect(urls(await search('dang vien', { kind: 'văn bản' }))).toEqual([
      '/van-ban/huong-dan-ket-nap-dang-vien/',
    ])
    expect(urls(await search('dang vien', { year: '2025' }))).toEqual([
      '/tin-tuc/lop-boi-duong-co-dau/',
      '/tin-tuc/lop-boi-duong-khong-dau/',
    ])
    expect(await search('chi bo', { kind: 'hỏi đáp' })).toEqual([])
  })
})

describe('the search page', () => {
  it('searches as the user types, links the query, filters, and says when nothing is found', async () => {
    const tab = await browser.context.newPage()
    await tab.goto('/tim-kiem/?q=dang+vien')
    const status = tab.getByRole('status')
    await expect.poll(() => status.textContent(), POLL).toBe('3 kết quả')
    expect(await tab.locator('.search-results a').allTextContents()).toContain('Hướng dẫn kết nạp đảng viên')

    const box = tab.getByLabel('Tìm kiếm')
    expect(await box.getAttribute('placeholder')).toBe('Tìm tin tức, văn bản, chuyên đề...')
    await box.fill('Dien Bien Phu')
    await expect.poll(() => status.textContent(), POLL).toBe('1 kết quả')
    expect(await tab.locator('.search-results a').textContent()).toBe('Chiến thắng lịch sử năm 1954')
    expect(await tab.locator('.search-results mark').allTextContents()).toEqual(['Điện', 'Biên', 'Phủ'])
    expect(await tab.locator('.search-meta').textContent()).toBe('hỏi đáp · 07/05/2024')

    const titles = () => tab.locator('.search-results a').allTextContents()
    await box.fill('dang vien')
    await tab.getByLabel('Loại').selectOption('văn bản')
    await expect.poll(titles, POLL).toEqual(['Hướng dẫn kết nạp đảng viên'])
    expect(await status.textContent()).toBe('1 kết quả')
    expect(new URL(tab.url()).search).toBe(
      `?q=dang+vien&loai=${encodeURIComponent('văn bản').replace(/%20/g, '+')}`,
    )
    await tab.getByLabel('Loại').selectOption('')
    await tab.getByLabel('Năm').selectOption('2025')
    await expect.poll(async () => (await titles()).length, POLL).toBe(2)
    expect(await status.textContent()).toBe('2 kết quả')

    await box.fill('xyzabc')
    await expect.poll(() => status.textContent(), POLL).toBe('Không tìm thấy kết quả cho «xyzabc»')
    await tab.close()
  })
})

describe('light search page', () => {
  it('loads Pagefind only once the reader starts typing', async () => {
    const tab = await browser.context.newPage()
    const fetched: string[] = []
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await tab.goto('/tim-kiem/', { waitUntil: 'networkidle' })
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([])
    await tab.getByLabel('Tìm kiếm').pressSequentially('dang')
    await expect.poll(() => tab.getByRole('status').textContent(), POLL).toMatch(/kết quả$/)
    expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true)
    await tab.close()
  })

  it('links a FAQ hit to its own question, which the page then shows', async () => {
    const tab = await browser.context.newPage()
    await tab.goto('/tim-kiem/?q=cong+tac+dai+ngay')
    const question = 'Khi đi công tác dài ngày thì đóng đảng phí thế nào?'
    const link = tab.getByRole('link', { name: question })
    await link.waitFor(POLL)
    expect(await link.getAttribute('href')).toBe(
      '/hoi-dap/dang-phi/#khi-di-cong-tac-dai-ngay-thi-dong-dang-phi-the-nao',
    )
    expect(await tab.locator('.search-excerpt').first().textContent()).toContain('ghi rõ vào sổ')
    await link.click()
    await tab.waitForURL('**/hoi-dap/dang-phi/#khi-di-cong-tac-dai-ngay-thi-dong-dang-phi-the-nao')
    // The browser took the reader to that question (this short page cannot scroll it to the top).
    expect(await tab.evaluate(() => document.querySelector(':target')?.textContent)).toBe(question)
    await tab.close()
  })

  it('keeps spaces between the labels and values of a document in the excerpt', async () => {
    const tab = await browser.context.newPage()
    await tab.goto('/tim-kiem/?q=Tan+Lap')
    const excerpt = tab.locator('.search-excerpt').first()
    await excerpt.waitFor(POLL)
    const text = (await excerpt.textContent()) ?? ''
    expect(text).toContain('Số ký hiệu 03-HD/ĐU Loại Hướng dẫn Cơ quan ban hành Đảng ủy xã Tân Lập')
    expect(text).not.toMatch(/hiệu03|ĐULoại|dẫnCơ/)
    await tab.close()
  })
})

describe('the index-search script', () => {
  it('indexes a built site into the folder it is given', () => {
    const target = path.join(site.work, 'again')
    const output = execFileSync(
      path.join(siteDir, 'node_modules', '.bin', 'node'),
      [path.join(siteDir, 'scripts', 'index-search.mjs'), site.out, target],
      { encoding: 'utf8' },
    )
    expect(output).toContain('đã lập chỉ mục 10 trang (bỏ qua 2)')
    // Ten pages are one part by default (undated pages, the FAQ's, count as the oldest month): a whole Pagefind bundle, listed in parts.json.
    const partsOf = (dir: string): string[] =>
      JSON.parse(readFileSync(path.join(dir, 'parts.json'), 'utf8')).parts
    const parts = partsOf(target)
    expect(parts.map((part) => part.replace(/-[0-9a-f]{16}$/, ''))).toEqual(['0000-00_2026-01'])
    // The site searched above was built with the smallest parts (SEARCH_PART_PAGES=1): ten pages in at most eight
    // parts give two pages each.
    expect(
      partsOf(path.join(site.out, 'pagefind')).map((part) => part.replace(/-[0-9a-f]{16}$/, '')),
    ).toEqual(['0000-00_2023-02', '2024-03_2024-05', '2024-11_2025-03', '2025-04_2025-06', '2025-09_2026-01'])
    for (const part of parts) expect(existsSync(path.join(target, part, 'pagefind.js'))).toBe(true)
  })
})
