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
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^\d+ kết quả$/)

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
})
