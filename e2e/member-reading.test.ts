/**
 * The member's handbook on a small phone: the demo member follows "Đăng nhập" from the home page and signs in,
 * opens the Văn bản section, finds their own cell's internal document among "Của chi bộ / đảng bộ của tôi",
 * opens it and sees its page images, finds it again by typing without accents in Tra cứu, listens to it,
 * reopens it with no network, and signs out leaving no private copy in the browser. At 360×740 and 320×640.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Browser, openBrowser } from './browser.ts'
import { controlled, isPrivate, storage } from './memberStorage.ts'
import { memberLogin } from './stack.ts'

const stack = inject('stack')
const SYMBOL = '08-NQ/CB'
const TITLE = 'Nghị quyết của chi bộ về trồng cây dược liệu dưới tán rừng năm 2027'

let browser: Browser
beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

/** Nothing wider than the screen: the page never scrolls sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function signIn(page: Page) {
  const login = memberLogin(stack)
  await page.goto('/')
  await page.getByRole('link', { name: 'Đăng nhập', exact: true }).click()
  await page.waitForURL('**/thanh-vien/dang-nhap/')
  await page.getByLabel('Số thẻ đảng viên').fill(login.username)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(login.password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor({ timeout: 30_000 })
}

/**
 * The speech and page jobs make the reading and the page images after publish; on this machine they can take a
 * while behind the others.
 */
const documentAnswer = async (page: Page, slug: string) =>
  (await (await page.request.get(`/fn/reading/documents/${slug}`)).json()).item
async function waitForAudio(page: Page, slug: string) {
  await expect
    .poll(async () => (await documentAnswer(page, slug))?.audio?.url ?? null, {
      timeout: 300_000,
      interval: 5000,
    })
    .toMatch(/^\/api\/media\/file\//)
}
async function waitForPageImages(page: Page, slug: string) {
  await expect
    .poll(async () => (await documentAnswer(page, slug))?.pageImages?.length ?? 0, {
      timeout: 300_000,
      interval: 5000,
    })
    .toBeGreaterThan(0)
}

describe.each([
  { width: 360, height: 740 },
  { width: 320, height: 640 },
])('a member reads their cell’s document at $width×$height', (viewport) => {
  let page: Page
  let slug = ''

  beforeAll(async () => {
    await browser.context.clearCookies()
    page = await browser.context.newPage()
    await page.setViewportSize(viewport)
    // What the phone's console and the functions said, for the log when a step fails.
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
    page.on('console', (m) => m.type() === 'error' && console.log(`[console] ${m.text()}`))
    page.on(
      'response',
      (r) => r.url().includes('/fn/reading') && console.log(`[fn] ${r.status()} ${r.url()}`),
    )
  })
  afterAll(() => page?.close())

  it('signs in and sees the cell’s internal document apart, under "Của chi bộ / đảng bộ của tôi"', async () => {
    await signIn(page)
    await page.goto('/thanh-vien/van-ban/')
    const mine = page.locator('.rd-mine')
    await mine.getByRole('heading', { name: 'Của chi bộ / đảng bộ của tôi' }).waitFor({ timeout: 30_000 })
    const row = mine.locator('.rd-row', { hasText: SYMBOL })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toContain(TITLE)
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    slug = decodeURIComponent(((await row.getAttribute('href')) ?? '').replace(/^#/, ''))
    await row.click()
    await page.getByRole('heading', { name: TITLE }).waitFor()
  })

  it('opens it: number and symbol, issuing cell, date dd/mm/yyyy, its text and the PDF download', async () => {
    const facts = await page.locator('.rd-facts').textContent()
    expect(facts).toContain(SYMBOL)
    expect(facts).toContain('Nghị quyết')
    expect(facts).toContain('20/11/2026')
    expect(facts).toMatch(/Chi bộ /)
    await page.getByText('sâm hoặc cây dược liệu dưới tán rừng', { exact: false }).first().waitFor()
    const download = page.getByRole('link', { name: /Tải văn bản PDF/ })
    expect(await download.getAttribute('href')).toMatch(/^\/api\/media\/file\/.+\.pdf$/)
    expect(await sideways(page)).toBeLessThanOrEqual(0)
  })

  it('shows the document’s pages as pictures that load on the phone', async () => {
    await waitForPageImages(page, slug)
    await page.reload()
    const first = page.locator('.rd-pages img').first()
    await first.waitFor({ timeout: 30_000 })
    await first.scrollIntoViewIfNeeded()
    await expect
      .poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0)
    expect(await first.getAttribute('alt')).toContain(SYMBOL)
    const box = await first.boundingBox()
    expect(box?.width ?? 0).toBeLessThanOrEqual(viewport.width)
  }, 330_000)

  it('finds it again in Tra cứu by typing without accents', async () => {
    await page.goto('/thanh-vien/tra-cuu/')
    await page.getByLabel('Tìm tin tức, văn bản, chuyên đề, hỏi đáp').fill('duoc lieu duoi tan rung')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    // Among the first three: a news item about the same plan may rank above the resolution itself.
    await page.locator('.rd-row').first().waitFor()
    const top = (await page.locator('.rd-row').allTextContents()).slice(0, 3)
    expect(top.some((text) => text.includes(TITLE))).toBe(true)
    const first = page.locator('.rd-row', { hasText: TITLE }).first()
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await first.click()
    await page.waitForURL(/\/thanh-vien\/van-ban\/#/)
    await page.getByRole('heading', { name: TITLE }).waitFor()
  })

  it('presses "Nghe" and hears the document’s own reading', async () => {
    await waitForAudio(page, slug)
    await page.reload()
    const listen = page.getByRole('button', { name: `Nghe: ${TITLE}` })
    await listen.waitFor()
    const box = await listen.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    await listen.click()
    await page.waitForFunction(
      () => {
        const audio = document.querySelector('audio')
        return audio !== null && !audio.paused && audio.currentTime > 0.3
      },
      undefined,
      { timeout: 30_000 },
    )
    expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentSrc)).toMatch(
      /\/api\/media\/file\//,
    )
  }, 330_000)

  it('reopens it with no network, with its page images, and says it is offline', async () => {
    await controlled(page)
    // Opened (and so kept) once more now that the service worker controls the page.
    await page.reload()
    await page.getByRole('heading', { name: TITLE }).waitFor()
    await page.locator('.rd-pages img').first().waitFor()
    await browser.context.setOffline(true)
    try {
      // A real page load from another page, not a jump within the open one.
      await page.goto('/thanh-vien/')
      await page.goto(`/thanh-vien/van-ban/#${encodeURIComponent(slug)}`)
      await page.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 })
      expect(await page.locator('.rd-facts').textContent()).toContain(SYMBOL)
      const image = page.locator('.rd-pages img').first()
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0)
      const banner = page.locator('#offline-banner')
      await banner.waitFor({ state: 'visible', timeout: 10_000 })
      expect(await banner.textContent()).toContain('Bạn đang ngoại tuyến')
    } finally {
      await browser.context.setOffline(false)
    }
  })

  it('signs out, and no private copy of it stays in the browser', async () => {
    await page.goto('/thanh-vien/')
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL('**/thanh-vien/dang-nhap/')
    const after = await storage(page)
    expect(after.names.filter((n) => n.startsWith('sotay-member-'))).toEqual([])
    expect(after.entries.filter((e) => isPrivate(e.url)).map((e) => e.url)).toEqual([])
    expect(after.entries.filter((e) => e.body.includes(TITLE)).map((e) => e.url)).toEqual([])
  })
})
