/** Search on the real site: a member types without accents and finds the demo province's "đảng viên" pages. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Browser, openBrowser } from './browser.ts'

const stack = inject('stack')
let browser: Browser

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

describe('tìm kiếm (search page)', () => {
  it('finds "đảng viên" from "dang vien", links the query, and opens the result', async () => {
    const page = await browser.context.newPage()
    await page.goto('/tim-kiem/')
    const box = page.getByLabel('Tìm kiếm', { exact: true })
    await box.fill('dang vien')
    const status = page.locator('.search').getByRole('status')
    // The lead (titles, summaries) answers a common search alone; the count then says where it looked.
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/^[\d.]+ kết quả( ở tiêu đề và tóm tắt)?$/)

    const titles = await page.locator('.search-results li > a').allTextContents()
    const excerpts = await page.locator('.search-excerpt').allTextContents()
    expect([...titles, ...excerpts].some((text) => text.toLowerCase().includes('đảng viên'))).toBe(true)
    const marked = (await page.locator('.search-results mark').allTextContents()).map((m) => m.toLowerCase())
    expect(marked.some((word) => word.startsWith('đảng'))).toBe(true)
    expect(new URL(page.url()).search).toBe('?q=dang+vien')

    const title = 'Tỉnh ủy Sơn Hà sơ kết thực hiện Chỉ thị 27-CT/TU về phát triển đảng viên'
    expect(titles).toContain(title)
    await page.getByRole('link', { name: title }).click()
    await page.waitForURL('**/tin-tuc/so-ket-chi-thi-27-phat-trien-dang-vien/')
    expect(await page.locator('h1').textContent()).toBe(title)
    await page.close()
  })

  it('opens a shared link ?q=Dien+Bien+Phu with its results', async () => {
    const page = await browser.context.newPage()
    await page.goto('/tim-kiem/?q=Dien+Bien+Phu')
    await page.locator('.search-results li').first().waitFor({ timeout: 30_000 })
    expect(await page.getByLabel('Tìm kiếm', { exact: true }).inputValue()).toBe('Dien Bien Phu')
    expect(await page.locator('.search-results li > a').allTextContents()).toContain(
      'Sơn Hà tổ chức nhiều hoạt động kỷ niệm 72 năm Chiến thắng Điện Biên Phủ',
    )
    await page.close()
  })

  it('takes a FAQ hit to its own question on the category page, at 360 and 320 px', async () => {
    const question = 'Đảng viên đi làm xa có được đóng đảng phí gộp nhiều tháng không?'
    const anchor = '/hoi-dap/dang-phi/#dang-vien-di-lam-xa-co-duoc-dong-dang-phi-gop-nhieu-thang-khong'
    for (const width of [360, 320]) {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width, height: 740 })
      await page.goto('/tim-kiem/?q=dong+dang+phi+gop+nhieu+thang')
      const link = page.locator('.search-results li > a').first()
      await link.waitFor({ timeout: 30_000 })
      expect(await link.textContent()).toBe(question)
      expect(await link.getAttribute('href')).toBe(anchor)
      await link.click()
      await page.waitForURL(`**${anchor}`)
      const heading = page.getByRole('heading', { name: question })
      expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe(question)
      // The question is at the top of the screen, not 12,000 px further down one long page.
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top)
      expect(top).toBeGreaterThanOrEqual(-1)
      expect(top).toBeLessThan(200)
      await page.close()
    }
  })

  it("keeps spaces between a document's labels and values in its excerpt", async () => {
    const page = await browser.context.newPage()
    // Words found only in the metadata list, so the excerpt is drawn from it.
    await page.goto('/tim-kiem/?q=co+quan+ban+hanh+bo+chinh+tri&loai=v%C4%83n+b%E1%BA%A3n')
    await page.locator('.search-results li').first().waitFor({ timeout: 30_000 })
    const excerpts = await page.locator('.search-excerpt').allTextContents()
    expect(excerpts.join('\n')).toContain('Cơ quan ban hành Bộ Chính trị Ngày ban hành')
    for (const text of excerpts) expect(text).not.toMatch(/ký hiệu\S|Loại\S|ban hành\d/)
    await page.close()
  })
})
