/**
 * Search on a built fixture site, in real Chromium: unaccented queries find accented pages (đ included), the exact
 * accents rank first, filters by kind and year work, and the search page works as a user types.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fromPagefindForm, toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from '../../../e2e/browser.ts'
import { type FixtureSite, openFixtureSite } from '../lib/fixtureSite.ts'
import { PAGEFIND_OPTIONS } from './options.ts'

const siteDir = path.resolve(import.meta.dirname, '..', '..')
let site: FixtureSite
let browser: Browser
let page: Page

beforeAll(async () => {
  // The fixture's astro.config.mjs has the search integration, so the build ends with the index.
  site = await openFixtureSite('search', 'SEARCH')
  browser = site.browser
  page = await browser.context.newPage()
  await installLoader()
  await page.goto('/')
})

afterAll(() => site?.close())

// In the page, not in Node: a plain import() here would be rewritten by Vite for the test runner.
declare function loadInPage(): Promise<any>
const installLoader = () => page.addInitScript("window.loadInPage = () => import('/pagefind/pagefind.js')")

interface Found {
  url: string
  title: string
  excerpt: string
  kind?: string
  date?: string
}

/** Searches the way the search box does: query in the Pagefind form, shared options, results back to đ. */
async function search(term: string, filters: Record<string, string> = {}): Promise<Found[]> {
  const raw = await page.evaluate(
    async ({ term, filters, options }) => {
      const pagefind = await loadInPage()
      await pagefind.options(options)
      const found = await pagefind.search(term, { filters })
      return Promise.all(
        found.results.map(async (result: { data(): Promise<Found & { meta: Record<string, string> }> }) => {
          const data = await result.data()
          return {
            url: data.url,
            title: data.meta.title,
            excerpt: data.excerpt,
            kind: data.meta.kind,
            date: data.meta.date,
          }
        }),
      )
    },
    { term: toPagefindForm(term), filters, options: PAGEFIND_OPTIONS },
  )
  return raw.map((hit) => ({
    ...hit,
    title: fromPagefindForm(hit.title),
    excerpt: fromPagefindForm(hit.excerpt),
  }))
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
    expect(first?.excerpt).not.toContain('\u0335')
  })
})

describe('ranking', () => {
  it('puts the page with the exact accents first', async () => {
    expect((await search('đảng viên'))[0]?.url).toBe('/tin-tuc/lop-boi-duong-co-dau/')
    expect((await search('dang vien'))[0]?.url).toBe('/tin-tuc/lop-boi-duong-khong-dau/')
  })
})

describe('filters', () => {
  it('offers kinds and years with their real spelling', async () => {
    const filters = await page.evaluate(async () => {
      return (await loadInPage()).filters()
    })
    expect(Object.keys(filters.kind).sort()).toEqual(['chuyên đề', 'hỏi đáp', 'tin tức', 'văn bản'])
    expect(Object.keys(filters.year).sort()).toEqual(['2023', '2024', '2025', '2026'])
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
    expect(fetched).toContain('/pagefind/pagefind.js')
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
    expect(existsSync(path.join(target, 'pagefind.js'))).toBe(true)
  })
})
