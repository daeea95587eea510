/**
 * The committee dashboard and "Nhắc lại": the demo commune committee signs in to the admin, lands on its
 * subtree's figures, drills into a cell and back, and exports the cell's XLSX (parsed here, its numbers set
 * against the members the admin lists for the cell). It sends a notice to the cell, the demo member does not
 * read it, and "Nhắc lại" sends it again to the members who have not read: the member's inbox shows it twice.
 * The dashboard is checked at 360 px too.
 */
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { type DemoLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
const NOTICE = `Họp triển khai kế hoạch tháng ${Date.now() % 100000}`
const SLOW = { timeout: 60_000, interval: 500 }

const login = (username: string): DemoLogin => {
  const found = stack.logins.find((l) => l.username === username)
  if (!found) throw new Error(`Không có tài khoản mẫu ${username}`)
  return found
}
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : ref) as number

let browser: Browser
let page: Page
let committee: Session
let member: Session
let cellId: number

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  page = await browser.context.newPage()
  committee = await signIn(stack.url, login('capuy'))
  member = await signIn(stack.url, memberLogin(stack))
  cellId = idOf(member.user.org)
})
afterAll(async () => {
  await browser?.close()
})

describe('the committee dashboard', () => {
  it('lands the committee on its subtree, drills into the member’s cell and back', async () => {
    await signInThroughForm(page, login('capuy'))
    await page.goto('/admin')
    const dashboard = page.getByRole('region', { name: 'Bảng điều khiển cấp ủy' })
    await dashboard.getByRole('list', { name: 'Chỉ số chính' }).waitFor({ timeout: 60_000 })
    await expect.poll(() => dashboard.getByText('Tỷ lệ cài đặt').count(), SLOW).toBeGreaterThan(0)
    expect(await dashboard.locator('figure svg').count()).toBeGreaterThanOrEqual(1)
    const commune = ((await dashboard.getByRole('heading', { level: 2 }).textContent()) ?? '').trim()
    await dashboard.locator(`a[href="/admin?org=${cellId}"]`).first().click()
    await page.waitForURL((url) => url.search.includes(`org=${cellId}`))
    await expect.poll(() => page.getByRole('link', { name: `← Về ${commune}` }).count(), SLOW).toBe(1)
    await page.setViewportSize({ width: 360, height: 740 })
    await expect.poll(() => dashboard.getByText('Dùng ứng dụng 30 ngày').isVisible(), SLOW).toBe(true)
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(sideways).toBeLessThanOrEqual(1)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('exports the cell as XLSX whose figures match the cell’s members', async () => {
    const link = page.getByRole('link', { name: 'Tải XLSX' })
    const href = await link.getAttribute('href')
    expect(href).toBe(`/fn/reports/export?org=${cellId}&format=xlsx`)
    const response = await fetch(`${stack.url}${href}`, { headers: { cookie: committee.cookie } })
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await response.arrayBuffer()) as never)
    const sheet = book.getWorksheet('Báo cáo')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const total = sheet.getRow(sheet.rowCount)
    const cell = (header: string) => total.getCell(headers.indexOf(header) + 1).value
    const listed = await api(stack.url, `/api/users?where[org][equals]=${cellId}&limit=1&depth=0`, {
      session: committee,
    })
    expect(cell('Đảng viên')).toBe(listed.body.totalDocs)
    const report = await api(stack.url, `/fn/reports?org=${cellId}`, { session: committee })
    expect(cell('Đã kích hoạt tài khoản')).toBe(report.body.total.counters.activated)
    expect(cell('Thông báo đã nhận')).toBe(report.body.total.counters.noticesReceived)
  })
})

describe('Nhắc lại', () => {
  it('re-sends a notice to the members of the cell who have not read it', async () => {
    const sent = await api(stack.url, '/api/notices', {
      session: committee,
      method: 'POST',
      body: JSON.stringify({
        title: NOTICE,
        body: 'Mời các đồng chí dự họp triển khai kế hoạch tháng tại hội trường.',
        org: cellId,
        targetOrg: cellId,
        status: 'scheduled',
      }),
    })
    expect(sent.status).toBe(201)
    const noticeId = sent.body.doc.id
    const unreadList = async () =>
      (await api(stack.url, `/fn/reports/notices/${noticeId}/unread`, { session: committee })).body
    await expect.poll(async () => (await unreadList())?.recipients ?? 0, SLOW).toBeGreaterThan(0)
    await expect
      .poll(
        async () =>
          (await api(stack.url, `/api/notices/${noticeId}?depth=0`, { session: committee })).body.status,
        SLOW,
      )
      .toBe('sent')
    const unread = await unreadList()
    expect(unread.unread.map((u: { id: number }) => u.id)).toContain(member.user.id)
    const reminded = await api(stack.url, `/fn/reports/notices/${noticeId}/remind`, {
      session: committee,
      method: 'POST',
    })
    expect(reminded.status).toBe(201)
    expect(reminded.body.reminded).toBe(unread.unread.length)
    expect(reminded.body.message).toContain('Đã gửi nhắc lại tới')
    const titles = async () =>
      ((await api(stack.url, '/fn/inbox', { session: member })).body?.items ?? []).map(
        (i: { title: string }) => i.title,
      )
    await expect.poll(async () => (await titles()).includes(`Nhắc lại: ${NOTICE}`), SLOW).toBe(true)
    expect(await titles()).toContain(NOTICE)
  })
})
