/** The member app in a real browser: a freshly imported member activates, signs out, signs in; wrong passwords are told in Vietnamese. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'

const stack = inject('stack')
let browser: Browser
let member: { fullName: string; cardNumber: string; cell: string; code: string }

/** The secretary's activation-code sheet (CSV with a BOM), as they would download it for their cell. */
async function pendingActivation() {
  const secretary = stack.logins.find((login) => login.username === 'bithu')
  if (!secretary) throw new Error('Dữ liệu mẫu không có bí thư chi bộ (bithu).')
  const session = await signIn(stack.url, secretary)
  const grants = session.user.grants as { org: number | string | { id: number | string } }[]
  const cell = grants[0].org
  const org = typeof cell === 'object' ? cell.id : cell
  // Printing issues new codes (they are stored sealed), so it is a POST from the admin's own origin.
  const response = await fetch(`${stack.url}/api/users/activation-codes?org=${org}&format=csv`, {
    method: 'POST',
    headers: { cookie: session.cookie, origin: stack.url },
  })
  expect(response.status).toBe(200)
  const [, ...rows] = (await response.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(rows.length).toBeGreaterThan(0)
  const [fullName, cardNumber, cellName, code] = rows[0].split(',').map((c) => c.replace(/^"|"$/g, ''))
  return { fullName, cardNumber, cell: cellName, code }
}

beforeAll(async () => {
  member = await pendingActivation()
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

const PASSWORD = 'Sen hồng nở 2026'

describe('member sign-in on a 360px phone', () => {
  it('activates with the one-time code, signs out, signs back in and sees their name and cell', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })

    await page.goto('/thanh-vien/kich-hoat/')
    await page.getByLabel('Số thẻ đảng viên').fill(member.cardNumber)
    await page.getByLabel('Mã kích hoạt').fill(member.code.toLowerCase())
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD)
    await page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click()

    await page.waitForURL('**/thanh-vien/')
    await page.getByRole('heading', { name: `Xin chào, ${member.fullName}` }).waitFor()
    expect(await page.getByText(member.cell, { exact: true }).count()).toBe(1)
    const sections = page.getByRole('navigation', { name: 'Các mục của đảng viên' })
    for (const title of ['Hộp thư thông báo', 'Hỏi đáp', 'Câu hỏi của tôi', 'Cài đặt thông báo']) {
      expect(await sections.locator('strong', { hasText: new RegExp(`^${title}$`) }).count()).toBe(1)
    }
    // Fits the screen, and every control is at least 48px tall.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const heights = await page
      .locator('.mv-app a, .mv-app button, .mv-app input')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(48)

    // The session cookie is HttpOnly: page scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('payload-token')
    const cookie = (await browser.context.cookies(stack.url)).find((c) => c.name === 'payload-token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL('**/thanh-vien/dang-nhap/')
    expect((await browser.context.cookies(stack.url)).some((c) => c.name === 'payload-token')).toBe(false)

    await page.getByLabel('Số thẻ đảng viên').fill(member.cardNumber)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL('**/thanh-vien/')
    await page.getByRole('heading', { name: `Xin chào, ${member.fullName}` }).waitFor()
    await page.close()
  })

  it('shows the Vietnamese error for a wrong password and keeps the member signed out', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 360, height: 740 })
    await browser.context.clearCookies()
    await page.goto('/thanh-vien/dang-nhap/')
    await page.getByLabel('Số thẻ đảng viên').fill(member.cardNumber)
    await page.getByLabel('Mật khẩu', { exact: true }).fill('không phải mật khẩu')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('Số thẻ đảng viên hoặc mật khẩu không đúng')
    expect(page.url()).toMatch(/\/thanh-vien\/dang-nhap\/$/)
    await page.close()
  })

  it('opens a section inside the signed-in shell (its island, or "Sắp có" until it is registered)', async () => {
    const page = await browser.context.newPage()
    await page.goto('/thanh-vien/')
    await page.getByLabel('Số thẻ đảng viên').fill(member.cardNumber)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByRole('heading', { name: `Xin chào, ${member.fullName}` }).waitFor()
    await page
      .getByRole('navigation', { name: 'Các mục của đảng viên' })
      .getByRole('link', { name: /^Cài đặt thông báo/ })
      .click()
    await page.waitForURL('**/thanh-vien/cai-dat-thong-bao/')
    await page.getByRole('heading', { name: 'Cài đặt thông báo' }).waitFor()
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(1)
    await page.close()
  })
})
