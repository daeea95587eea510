/**
 * Offline for members on a 360×740 phone: a member signs in, opens member pages, goes offline and reopens them
 * from their own saved copies with the offline banner; signing out leaves nothing private in the browser's
 * storage; a second member, who activates from the QR code of their slip on the same phone, never sees the
 * first one's copies, online or offline.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Session, signIn } from './api.ts'
import { seriousViolations } from './axe.ts'
import { type Browser, openBrowser } from './browser.ts'
import { controlled, isPrivate, storage } from './memberStorage.ts'
import { memberLogin } from './stack.ts'

const stack = inject('stack')
const PASSWORD = 'Đọc khi mất sóng 2026'
const NOTICE = `Lịch học nghị quyết tháng 12, kèm bản in (${Date.now()})`
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let browser: Browser
let phone: Page
let firstCard: string
let inboxOnline: string
let attachment: string
let noticeAddress: string

/** The inbox section once loaded (its list, its empty note or its refusal), as the member reads it. */
async function inboxText(page: Page) {
  await page.getByRole('heading', { name: 'Hộp thư thông báo' }).waitFor()
  await page
    .locator('.ibx-list, .ibx-count, .mv-card:has-text("Chưa có thông báo"), [role=alert]:not([hidden])')
    .first()
    .waitFor({ timeout: 20_000 })
  return (await page.locator('section[aria-labelledby="mv-section-title"]').textContent()) ?? ''
}

/** The elements that stick out past the right edge of the screen (what makes a page scroll sideways). */
const widerThanScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  )

const secretaryLogin = () => signIn(stack.url, stack.logins.find((l) => l.username === 'bithu')!)
const cellOf = (secretary: Session) => {
  const grant = (secretary.user.grants as { org: number | { id: number } }[])[0]!.org
  return typeof grant === 'object' ? grant.id : grant
}

/** The secretary sends the cell a members-only notice with a scanned page attached (the fan-out does the rest). */
async function sendNoticeWithAttachment() {
  const secretary = await secretaryLogin()
  const org = cellOf(secretary)
  const headers = { cookie: secretary.cookie, origin: new URL(stack.url).origin }
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), `ban-in-${Date.now()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'Bản in lịch học', audience: 'members', org }))
  const media = await fetch(`${stack.url}/api/media`, { method: 'POST', headers, body: form })
  expect(media.status).toBe(201)
  const { doc } = (await media.json()) as { doc: { id: number } }
  const notice = await fetch(`${stack.url}/api/notices`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: NOTICE,
      body: 'Chi bộ học Nghị quyết vào tối thứ Năm, mang theo bản in đính kèm.',
      org,
      targetOrg: org,
      attachments: [doc.id],
      status: 'scheduled',
    }),
  })
  expect(notice.status).toBe(201)
}

/** A member of the secretary's cell still waiting: the QR link and the code printed on their slip. */
async function slipFromSecretary() {
  const secretary = await secretaryLogin()
  const org = cellOf(secretary)
  const page = await fetch(`${stack.url}/api/users/activation-codes?org=${org}&format=html`, {
    method: 'POST',
    headers: { cookie: secretary.cookie, origin: stack.url },
  })
  const html = await page.text()
  // The last slip: the other suites take the first ones.
  const slips = html.split('<section class="slip">').slice(1)
  const slip = slips[slips.length - 1]!
  const link = new URL(slip.match(/data-link="([^"]+)"/)![1]!.replace(/&amp;/g, '&'))
  const code = slip.match(/<dd class="code">([^<]+)<\/dd>/)![1]!
  const name = slip.match(/<dt>Họ và tên<\/dt><dd>([^<]+)<\/dd>/)![1]!
  return { path: link.pathname + link.search, card: link.searchParams.get('so-the')!, code, name }
}

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
  phone = await browser.context.newPage()
  await phone.setViewportSize({ width: 360, height: 740 })
})
afterAll(async () => {
  await browser.context.setOffline(false).catch(() => undefined)
  await browser?.close()
})

describe('a member’s pages offline, on a 360px phone', () => {
  it('signs in, is offered "Thêm vào màn hình chính" once, and opens their pages', async () => {
    const login = memberLogin(stack)
    firstCard = login.username
    await phone.goto('/thanh-vien/dang-nhap/')
    await controlled(phone)
    await phone.getByLabel('Số thẻ đảng viên').fill(login.username)
    await phone.getByLabel('Mật khẩu', { exact: true }).fill(login.password)
    await phone.getByRole('button', { name: 'Đăng nhập' }).click()
    await phone.waitForURL('**/thanh-vien/')
    await phone.getByRole('heading', { name: /^Xin chào/ }).waitFor()

    const offer = phone.getByRole('heading', { name: 'Thêm vào màn hình chính' })
    await offer.waitFor()
    await phone.getByRole('button', { name: 'Để sau, không nhắc lại' }).click()
    await phone.reload()
    await phone.getByRole('heading', { name: /^Xin chào/ }).waitFor()
    expect(await offer.count()).toBe(0)

    await phone.goto('/thanh-vien/cua-toi/')
    await phone.locator('.mv-profile').getByText(login.username, { exact: true }).waitFor()
    expect(await seriousViolations(phone)).toEqual([])
    // The smallest phones too: nothing sticks out at 320px.
    await phone.setViewportSize({ width: 320, height: 640 })
    expect(await widerThanScreen(phone)).toEqual([])
    await phone.setViewportSize({ width: 360, height: 740 })
    await sendNoticeWithAttachment()
    await expect
      .poll(
        async () => {
          await phone.goto('/thanh-vien/hop-thu/')
          return inboxText(phone)
        },
        { timeout: 60_000, interval: 2000 },
      )
      .toContain(NOTICE)
    // Opening the notice keeps it (and its attachment) on this phone; saving keeps it for good.
    await phone.getByText(NOTICE).first().click()
    await phone.getByRole('heading', { name: NOTICE }).waitFor()
    attachment = (await phone.locator('.ibx-files a').first().getAttribute('href')) ?? ''
    expect(attachment).toMatch(/\/api\/media\/file\//)
    await phone.getByRole('button', { name: 'Lưu để đọc offline' }).click()
    await phone.getByText('Đã lưu. Bạn mở lại được cả khi không có mạng').waitFor()
    noticeAddress = new URL(phone.url()).pathname + new URL(phone.url()).hash
    await phone.goto('/thanh-vien/hop-thu/')
    inboxOnline = await inboxText(phone)
  })

  it('reopens them with no network, from the saved copies, with the offline banner', async () => {
    await browser.context.setOffline(true)
    try {
      await phone.goto('/thanh-vien/hop-thu/')
      expect(await inboxText(phone)).toBe(inboxOnline)
      const banner = phone.locator('#offline-banner')
      expect(await banner.isVisible()).toBe(true)
      expect(await banner.textContent()).toContain('Bạn đang ngoại tuyến')

      await phone.goto('/thanh-vien/cua-toi/')
      await phone.locator('.mv-profile').getByText(firstCard, { exact: true }).waitFor()
      expect(await widerThanScreen(phone)).toEqual([])

      // The saved notice is listed as readable offline, opens in full, and its attachment comes with it.
      await phone.goto('/thanh-vien/doc-offline/')
      await phone.getByRole('link', { name: NOTICE }).waitFor()
      expect(await seriousViolations(phone)).toEqual([])
      await phone.getByRole('link', { name: NOTICE }).click()
      await phone.getByRole('heading', { name: NOTICE }).waitFor()
      expect(new URL(phone.url()).pathname + new URL(phone.url()).hash).toBe(noticeAddress)
      expect(await phone.getByText('mang theo bản in đính kèm').count()).toBe(1)
      const file = await phone.evaluate(async (url) => {
        const response = await fetch(url)
        return { status: response.status, size: (await response.arrayBuffer()).byteLength }
      }, attachment)
      expect(file).toEqual({ status: 200, size: PNG.length })
    } finally {
      await browser.context.setOffline(false)
    }
  })

  it('signs out, and nothing private stays in Cache Storage or IndexedDB', async () => {
    const before = await storage(phone)
    expect(before.names.some((n) => n.startsWith('sotay-member-'))).toBe(true)
    await phone.goto('/thanh-vien/')
    await phone.getByRole('button', { name: 'Đăng xuất' }).click()
    await phone.waitForURL('**/thanh-vien/dang-nhap/')
    const after = await storage(phone)
    expect(after.names.filter((n) => n.startsWith('sotay-member-'))).toEqual([])
    expect(after.entries.filter((e) => isPrivate(e.url)).map((e) => e.url)).toEqual([])
    expect(after.entries.filter((e) => e.body.includes(NOTICE)).map((e) => e.url)).toEqual([])
    expect(after.entries.filter((e) => e.body.includes(firstCard)).map((e) => e.url)).toEqual([])
    // Workbox's expiration records (public caches' timestamps) are the only database the site keeps.
    expect(after.databases.filter((name) => name !== 'workbox-expiration')).toEqual([])
  })

  it('a second member, activating from the slip’s QR code on the same phone, never sees the first one’s copies', async () => {
    const slip = await slipFromSecretary()
    expect(slip.path).toBe(`/thanh-vien/kich-hoat/?so-the=${encodeURIComponent(slip.card)}`)
    await phone.goto(slip.path)
    expect(await phone.getByLabel('Số thẻ đảng viên').inputValue()).toBe(slip.card)
    await phone.getByLabel('Mã kích hoạt').fill(slip.code)
    await phone.getByLabel('Mật khẩu mới', { exact: true }).fill(PASSWORD)
    await phone.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD)
    await phone.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click()
    await phone.waitForURL('**/thanh-vien/')
    await phone.getByRole('heading', { name: `Xin chào, ${slip.name}` }).waitFor()

    await phone.goto('/thanh-vien/cua-toi/')
    await phone.locator('.mv-profile').getByText(slip.card, { exact: true }).waitFor()
    await browser.context.setOffline(true)
    try {
      await phone.goto('/thanh-vien/cua-toi/')
      await phone.locator('.mv-profile').getByText(slip.card, { exact: true }).waitFor()
      expect(await phone.locator('.mv-app').textContent()).not.toContain(firstCard)
      // The first member's inbox was never this member's to keep: offline, it is not there.
      await phone.goto('/thanh-vien/hop-thu/')
      expect(await inboxText(phone)).toContain('chưa được lưu trên máy này')
    } finally {
      await browser.context.setOffline(false)
    }
    const held = await storage(phone)
    expect(held.names.filter((n) => n.startsWith('sotay-member-'))).toHaveLength(1)
    expect(held.entries.filter((e) => e.body.includes(firstCard)).map((e) => e.url)).toEqual([])
    expect(held.entries.filter((e) => e.url.endsWith(attachment)).map((e) => e.url)).toEqual([])
  })
})
