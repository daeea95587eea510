/** The CMS admin in a real browser: Vietnamese by default, editors get in, members are refused. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { type Browser, openBrowser } from './browser.ts'
import { editorLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
let browser: Browser

beforeAll(async () => {
  // An English browser: the admin must still answer in Vietnamese.
  browser = await openBrowser({ locale: 'en-US', baseURL: stack.url })
})
afterAll(() => browser?.close())

describe('admin', () => {
  it('shows the login page in Vietnamese to a browser that asks for English', async () => {
    const page = await browser.context.newPage()
    const sent: string[] = []
    page.on('request', (request) => sent.push(request.headers()['accept-language'] ?? ''))
    await page.goto('/admin')
    await page.waitForURL('**/admin/login**')
    expect(sent[0]).toMatch(/^en-US/)
    await expect
      .poll(() => page.locator('label[for="field-username"]').textContent())
      .toContain('Tên tài khoản')
    expect(await page.locator('label[for="field-password"]').textContent()).toContain('Mật khẩu')
    expect(await page.locator('button[type="submit"]').textContent()).toBe('Đăng nhập')
    expect(await page.getByText('Quên mật khẩu?').count()).toBe(1)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    const cookies = await browser.context.cookies(stack.url)
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('vi')
    await page.close()
  })

  it('lets the demo editor sign in through the form and shows the Vietnamese navigation and news list', async () => {
    const page = await browser.context.newPage()
    await signInThroughForm(page, editorLogin(stack))
    const nav = page.locator('nav')
    for (const item of ['Tin tức', 'Văn bản', 'Tổ chức đảng']) {
      await expect.poll(() => nav.getByText(item, { exact: true }).count()).toBeGreaterThan(0)
    }
    await page.goto('/admin/collections/news')
    const headings = page.locator('table thead th')
    await expect
      .poll(() => headings.allInnerTexts())
      .toEqual(expect.arrayContaining(['Tổ chức', 'Trạng thái']))
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0)
    await browser.context.clearCookies()
    await page.close()
  })

  it('refuses the admin to a party member, who sees no collection', async () => {
    const page = await browser.context.newPage()
    await signInThroughForm(page, memberLogin(stack))
    await page.waitForURL('**/admin/unauthorized**')
    await page.getByRole('heading', { name: /không có quyền truy cập vào bảng điều khiển/ }).waitFor()
    expect(await page.getByText('Tin tức', { exact: true }).count()).toBe(0)
    expect(await page.locator('a[href^="/admin/collections"]').count()).toBe(0)
    // Typing a collection's address does not get around it.
    await page.goto('/admin/collections/news')
    await page.waitForURL('**/admin/unauthorized**')
    expect(await page.locator('table').count()).toBe(0)
    await browser.context.clearCookies()
    await page.close()
  })
})
