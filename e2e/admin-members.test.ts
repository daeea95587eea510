/** Member administration in a real browser: subtree filter, import preview with row errors, activation slips. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import type { DemoLogin } from './stack.ts'

const stack = inject('stack')
let browser: Browser
let secretary: DemoLogin
let session: Session
let cell: { id: number; code: string; name: string }

const HEADER =
  'Số thẻ đảng viên,Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng,Ngày chính thức,Mã tổ chức,Điện thoại,Email'

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  secretary = stack.logins.find((login) => login.username === 'bithu')!
  session = await signIn(stack.url, secretary)
  const grantOrg = (session.user.grants as { org: number | { id: number } }[])[0].org
  const orgId = typeof grantOrg === 'object' ? grantOrg.id : grantOrg
  cell = (await api(stack.url, `/api/orgs/${orgId}?depth=0`, { session })).body
})
afterAll(() => browser?.close())

async function uploadImport(csv: string, name: string) {
  const page = await browser.context.newPage()
  await browser.context.clearCookies()
  await signInThroughForm(page, secretary)
  await page.goto('/admin/collections/member-imports/create')
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.locator('#action-save').click()
  await page.waitForURL(/\/member-imports\/\d+/)
  return page
}

describe('member import in the admin', () => {
  it('previews a bad file with row-level Vietnamese errors and creates nobody', async () => {
    const csv = [
      HEADER,
      `880000000101,Lò Văn Pảo,12/03/1980,Nam,03/02/2010,03/02/2011,${cell.code},0912000101,`,
      `880000000102,Hà Thị Mai,31/02/1985,Nữ,19/05/2012,19/05/2013,${cell.code},,`,
      '880000000103,Giàng A Chá,01/01/1979,Nam,01/01/2005,01/01/2006,KHONG-CO-MA,,',
      `880000000101,Lò Văn Pảo,12/03/1980,Nam,03/02/2010,03/02/2011,${cell.code},,`,
    ].join('\n')
    const page = await uploadImport(csv, 'danh-sach-loi.csv')
    const report = page.locator('#field-errorReport')
    await expect.poll(() => report.inputValue()).toContain('Dòng 3')
    const text = await report.inputValue()
    expect(text).toMatch(/Dòng 3 \(Ngày sinh\)/)
    expect(text).toMatch(/Dòng 4 \(Mã tổ chức\).*KHONG-CO-MA/)
    expect(text).toMatch(/880000000101 bị trùng với dòng/)
    const found = await api(stack.url, '/api/users?where[username][equals]=880000000101', { session })
    expect(found.body.totalDocs).toBe(0)
    await page.close()
  })

  it('commits a clean file, then the secretary prints the new activation codes', async () => {
    const csv = [
      HEADER,
      `880000000201,Sùng Thị Dợ,02/09/1990,Nữ,10/10/2015,10/10/2016,${cell.code},0987000201,`,
    ].join('\n')
    const page = await uploadImport(csv, 'danh-sach-sach.csv')
    const id = page.url().split('/').pop()
    const commit = await api(stack.url, `/api/member-imports/${id}`, {
      method: 'PATCH',
      session,
      body: JSON.stringify({ status: 'committing' }),
    })
    expect(commit.status).toBe(200)
    // The import job runs on the server's own schedule; nobody runs it for us.
    await expect
      .poll(
        async () =>
          (await api(stack.url, '/api/users?where[username][equals]=880000000201', { session })).body
            .totalDocs,
        {
          timeout: 90_000,
          interval: 2000,
        },
      )
      .toBe(1)

    await page.goto('/admin/collections/users')
    // Printing issues new codes (stored sealed), so it is a form POST that opens the slips in a new tab.
    const printButton = page.getByRole('button', { name: 'In phiếu mã kích hoạt' })
    await printButton.waitFor()
    const [slips] = await Promise.all([browser.context.waitForEvent('page'), printButton.click()])
    await slips.waitForLoadState()
    const body = await slips.locator('body').textContent()
    expect(body).toContain('Sùng Thị Dợ')
    expect(body).toContain('880000000201')
    await slips.close()
    await page.close()
  })
})

describe('subtree filter', () => {
  it('narrows the members list to one organisation and those below it', async () => {
    const page = await browser.context.newPage()
    await browser.context.clearCookies()
    await signInThroughForm(page, stack.logins.find((login) => login.username === 'capuy')!)
    await page.goto('/admin/collections/users?limit=100')
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    const select = page.getByLabel('Lọc theo tổ chức (gồm cấp dưới)')
    await expect.poll(() => select.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(2)
    // The demo secretary's cell lies inside the demo committee's subtree.
    await select.selectOption(String(cell.id))
    await page.waitForURL(/where/)
    await expect
      .poll(
        async () => {
          const orgs = await page.locator('table tbody tr td.cell-org').allInnerTexts()
          return orgs.length > 0 && orgs.every((text) => text.includes(cell.name))
        },
        { timeout: 30_000 },
      )
      .toBe(true)
    await page.close()
  })
})
