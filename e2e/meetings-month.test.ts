/**
 * One cell's month of meetings on phones: the demo secretary schedules a regular meeting through "Lên lịch họp"
 * well before the 20th of the month before (so it is on time), two members of the cell reply (one "Có mặt",
 * one "Vắng" with a reason), the secretary sees both replies, and the commune committee above sees the cell in
 * "Theo dõi sinh hoạt" with its verdict. At 360 px, and no page of the section scrolls sideways at 320 px.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { type DemoLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
const login = (username: string) => stack.logins.find((l) => l.username === username)!
const secretary = login('bithu')
const committee = login('capuy')
const cellName = secretary.org.replace(/ \(.*$/, '')
// Three months ahead (Vietnam time): on time whatever today's date, and not the month the demo seed posted.
function monthAhead(months: number): string {
  const hanoi = new Date(Date.now() + 7 * 3600_000)
  const ahead = new Date(Date.UTC(hanoi.getUTCFullYear(), hanoi.getUTCMonth() + months, 1))
  return `${ahead.getUTCFullYear()}-${String(ahead.getUTCMonth() + 1).padStart(2, '0')}`
}
const month = monthAhead(3)
const viMonth = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`
const title = `Sinh hoạt thường kỳ tháng ${viMonth(month)}`
const second: DemoLogin = { role: 'Đảng viên', username: '990000000777', password: 'DangVien@2026', org: '' }
const REASON = 'Đi khám bệnh ở tỉnh'

// One browser for everyone (a launch costs seconds on a loaded machine); each step signs its person in by cookie.
let browser: Browser
async function phoneAs(who: DemoLogin, width = 360): Promise<Page> {
  const session = await signIn(stack.url, who)
  browser ??= await openBrowser({ baseURL: stack.url })
  for (const open of browser.context.pages()) await open.close()
  await browser.context.clearCookies()
  const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
  await browser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
  const page = await browser.context.newPage()
  await page.setViewportSize({ width, height: 740 })
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
  return page
}
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

let meetingPath = ''

beforeAll(async () => {
  // A second member of the demo cell, with a password, before the meeting is posted (so they are invited).
  const admin = await signIn(stack.url, login('quantri'))
  const bithu = await signIn(stack.url, secretary)
  const created = await api(stack.url, '/api/users', {
    method: 'POST',
    session: admin,
    body: JSON.stringify({
      username: second.username,
      password: second.password,
      fullName: 'Lê Thị Thu Vân',
      org: bithu.user.org,
    }),
  })
  expect(created.status).toBe(201)
})
afterAll(() => browser?.close())

describe('a cell’s month of meetings', () => {
  it('the secretary schedules a regular meeting on time through the form', async () => {
    const page = await phoneAs(secretary)
    await page.goto('/thanh-vien/sinh-hoat/')
    await page.getByRole('link', { name: 'Lên lịch họp' }).click()
    await page.getByRole('heading', { name: 'Lên lịch họp' }).waitFor()
    await page.getByLabel('Ngày họp').fill(`${month}-10`)
    await page.getByLabel('Bắt đầu').fill('08:00')
    await page.getByLabel('Kết thúc').fill('10:30')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đúng hạn' }).count()).toBe(1)
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa thôn')
    await page.getByLabel(/08-NQ\/CB/).check()
    await page.getByLabel('Chủ trì').selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Lên lịch và gửi giấy mời' }).click()
    await page.getByRole('heading', { name: title }).waitFor({ timeout: 20_000 })
    await page.getByText('Nhà văn hóa thôn').waitFor()
    await page.getByRole('link', { name: /08-NQ\/CB/ }).waitFor()
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).waitFor()
    meetingPath = new URL(page.url()).hash
    expect(meetingPath).toMatch(/^#\d+$/)
    expect(await sideways(page)).toBeLessThanOrEqual(0)
  })

  it('one member replies Có mặt, another Vắng with a reason', async () => {
    const first = await phoneAs(memberLogin(stack))
    await first.goto('/thanh-vien/sinh-hoat/')
    await first.getByRole('button', { name: new RegExp(title) }).click()
    await first.getByRole('button', { name: 'Có mặt', exact: true }).click()
    await first.getByText('Đã ghi: đồng chí có mặt.').waitFor()

    const other = await phoneAs(second)
    await other.goto(`/thanh-vien/sinh-hoat/${meetingPath}`)
    await other.getByRole('button', { name: 'Vắng', exact: true }).click()
    await other.getByLabel('Lý do vắng (bắt buộc)').fill(REASON)
    await other.getByRole('button', { name: 'Gửi: Vắng, có lý do' }).click()
    await other.getByText('Đã ghi: đồng chí vắng, có lý do.').waitFor()
  })

  it('the secretary sees who replied, with the reason', async () => {
    const page = await phoneAs(secretary)
    await page.goto(`/thanh-vien/sinh-hoat/${meetingPath}`)
    const list = page.getByRole('region', { name: 'Danh sách người được mời' })
    await list.waitFor()
    await list.getByText(`Vắng có lý do: ${REASON}`).waitFor()
    await list.getByText('Sẽ có mặt').first().waitFor()
    await list.getByText(/Sẽ có mặt 1 · Vắng có lý do 1/).waitFor()
  })

  it('the committee above sees the cell posted on time in Theo dõi sinh hoạt', async () => {
    const page = await phoneAs(committee)
    await page.goto('/thanh-vien/sinh-hoat/#theo-doi')
    await page.getByRole('heading', { name: 'Theo dõi sinh hoạt' }).waitFor()
    // Next month first; each press waits for the month it asked for.
    for (const step of [2, 3]) {
      await page.getByRole('button', { name: 'Tháng sau ›' }).click()
      await page.getByText(`Tháng ${viMonth(monthAhead(step))}`, { exact: true }).waitFor()
    }
    const cell = page.locator('li', { hasText: cellName })
    await cell.getByText('Đăng đúng hạn').waitFor()
    await cell.getByText(/Chưa họp · dự 0/).waitFor()
  })

  it('no page of the section scrolls sideways at 320 px', async () => {
    const page = await phoneAs(secretary, 320)
    for (const hash of ['', '#moi', meetingPath, '#theo-doi']) {
      await page.goto(`/thanh-vien/sinh-hoat/${hash}`)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      expect(await sideways(page), hash || 'list').toBeLessThanOrEqual(0)
    }
  })
})
