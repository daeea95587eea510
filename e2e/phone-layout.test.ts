/**
 * The handbook on an elderly member's cheap phone: no page scrolls sideways at 320px (every sitemap page, every
 * member page, every section registered in site/src/member/sections.ts), the header and menu leave the first
 * screen to the text, links and buttons are 44px targets, axe finds nothing serious, and "Đăng nhập" is one tap away.
 */
import { SECTIONS } from '@sotay/site/member/sections'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, signIn } from './api.ts'
import { seriousViolations } from './axe.ts'
import { type Browser, openBrowser } from './browser.ts'
import { memberBrowser } from './memberBrowser.ts'
import { headerShare, sidewaysOverflow, smallTouchTargets } from './phoneLayout.ts'
import { memberLogin } from './stack.ts'

const stack = inject('stack')
const NARROW = { width: 320, height: 640 }
const PHONE = { width: 360, height: 740 }
/** The skip link sits off screen until a keyboard user focuses it; it is not a touch target. */
const NOT_TOUCH_TARGETS = ['.skip-link']

let reader: Browser
let member: Browser
let paths: string[]

async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${stack.url}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}

/** A notice from the member's cell secretary, delivered to the demo member's inbox. */
async function sendNotice(): Promise<string> {
  const secretary = stack.logins.find((login) => login.username === 'bithu')
  if (!secretary) throw new Error('Dữ liệu mẫu không có bí thư chi bộ (bithu).')
  const session = await signIn(stack.url, secretary)
  const grants = session.user.grants as { org: number | string | { id: number | string } }[]
  const cell = typeof grants[0].org === 'object' ? grants[0].org.id : grants[0].org
  const title = 'Họp chi bộ định kỳ tháng 12'
  const created = await api(stack.url, '/api/notices', {
    method: 'POST',
    session,
    body: JSON.stringify({
      title,
      body: 'Kính mời các đồng chí đảng viên dự sinh hoạt chi bộ định kỳ lúc 19 giờ 30 ngày 05/12/2026 tại nhà văn hóa thôn. Đề nghị các đồng chí đi đúng giờ và mang theo sổ tay đảng viên.',
      targetOrg: cell,
      status: 'scheduled',
    }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const inbox = await signIn(stack.url, memberLogin(stack))
  // Fan-out runs as a job in the CMS process: ask the inbox until the notice arrives (at most a minute).
  for (let tries = 0; tries < 60; tries++) {
    const page = await api(stack.url, '/fn/inbox', { session: inbox })
    const found = page.body?.items?.find((item: { title: string }) => item.title === title)?.id
    if (found) return String(found)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`Thông báo "${title}" không đến hộp thư của đảng viên sau một phút.`)
}

async function open(page: Page, path: string, memberPage = false) {
  await page.goto(path)
  // A member page asks /fn/session/me, then its section asks its own data: wait until the network is quiet.
  await page.waitForLoadState(memberPage ? 'networkidle' : 'load')
}

async function withLargeText(page: Page, large: boolean) {
  const pressed = (await page.locator('#text-toggle').getAttribute('aria-pressed')) === 'true'
  if (pressed !== large) await page.getByRole('button', { name: 'Chữ lớn' }).click()
  await expect.poll(() => page.locator('#text-toggle').getAttribute('aria-pressed')).toBe(String(large))
}

beforeAll(async () => {
  reader = await openBrowser({ baseURL: stack.url })
  ;({ browser: member } = await memberBrowser(stack))
  paths = await sitemapPaths()
})
afterAll(async () => {
  await reader?.close()
  await member?.close()
})

const memberPages = () => ['/thanh-vien/', ...SECTIONS.map((s) => `/thanh-vien/${s.slug}/`)]

describe('a phone for an elderly member', () => {
  it('has a visible "Đăng nhập" on the home page that leads to the sign-in form', async () => {
    const page = await reader.context.newPage()
    await page.setViewportSize(PHONE)
    await open(page, '/')
    const link = page.getByRole('link', { name: 'Đăng nhập', exact: true })
    expect(await link.isVisible()).toBe(true)
    await link.click()
    await page.waitForURL('**/thanh-vien/dang-nhap/')
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor()
    expect(await page.getByLabel('Số thẻ đảng viên').isVisible()).toBe(true)
    await page.close()
  })

  it('scrolls no page of the sitemap sideways at 320px', async () => {
    expect(paths.length).toBeGreaterThan(10)
    expect(paths.some((p) => /^\/tin-tuc\/[^/]+\/$/.test(p))).toBe(true)
    expect(paths.some((p) => /^\/van-ban\/[^/]+\/$/.test(p))).toBe(true)
    const page = await member.context.newPage()
    await page.setViewportSize(NARROW)
    const wide = []
    for (const path of paths) {
      await open(page, path)
      const overflow = await sidewaysOverflow(page)
      if (overflow.scrollWidth > overflow.innerWidth || overflow.offenders.length > 0)
        wide.push({ path, ...overflow })
    }
    expect(wide).toEqual([])
    await page.close()
  })

  it('fits every member page at 320px and 360px, and axe finds no serious violation on any', async () => {
    expect(SECTIONS.length).toBeGreaterThan(0)
    const pages = [
      { browser: reader, path: '/thanh-vien/dang-nhap/' },
      { browser: reader, path: '/thanh-vien/kich-hoat/' },
      ...memberPages().map((path) => ({ browser: member, path })),
    ]
    const wide = []
    const violations = []
    for (const size of [NARROW, PHONE]) {
      const tabs = new Map<Browser, Page>()
      for (const { browser, path } of pages) {
        let page = tabs.get(browser)
        if (!page) {
          page = await browser.context.newPage()
          await page.setViewportSize(size)
          tabs.set(browser, page)
        }
        await open(page, path, true)
        const overflow = await sidewaysOverflow(page)
        if (overflow.scrollWidth > overflow.innerWidth || overflow.offenders.length > 0)
          wide.push({ path, width: size.width, ...overflow })
        if (size === NARROW) {
          for (const v of await seriousViolations(page)) violations.push({ path, ...v })
        }
      }
      for (const page of tabs.values()) await page.close()
    }
    expect(wide).toEqual([])
    expect(violations).toEqual([])
  })

  it('leaves the first screen to the text on an article, a document and a notice, with and without "Chữ lớn"', async () => {
    const article = paths.find((p) => /^\/tin-tuc\/[^/]+\/$/.test(p) && !p.startsWith('/tin-tuc/trang'))
    const document = paths.find((p) => /^\/van-ban\/[^/]+\/$/.test(p))
    const noticeId = await sendNotice()
    const readings = [
      { browser: reader, path: String(article), text: 'main article p' },
      { browser: reader, path: String(document), text: 'main article p, main article dl' },
      { browser: member, path: `/thanh-vien/hop-thu/#${noticeId}`, text: '.ibx-notice .ibx-body' },
    ]
    const measured = []
    const small = []
    for (const { browser, path, text } of readings) {
      const page = await browser.context.newPage()
      await page.setViewportSize(PHONE)
      await open(page, path, path.startsWith('/thanh-vien/'))
      if (path.includes('#')) await page.locator(text).waitFor()
      for (const large of [false, true]) {
        await withLargeText(page, large)
        const share = await headerShare(page, text)
        measured.push({ path, large, ...share })
        expect(share.share, `${path} chữ lớn=${large}: ${JSON.stringify(share)}`).toBeLessThanOrEqual(0.25)
        expect(share.firstParagraphTop, `${path} chữ lớn=${large}`).toBeLessThan(share.visibleBottom)
        for (const target of await smallTouchTargets(page, NOT_TOUCH_TARGETS))
          small.push({ path, large, ...target })
      }
      await withLargeText(page, false)
      await page.close()
    }
    console.log(`[phone-layout] header share at 360×740: ${JSON.stringify(measured)}`)
    expect(small).toEqual([])
  })
})
