/**
 * Documents and news on a phone (360×740, headless Chromium): a public document's page shows its PDF pages as
 * pictures that really load, its text in paragraphs and the download, and no PDF frame; the news list shows
 * cover pictures that load, and an article its cover. The demo seed's PDFs are drawn by the CMS's page job
 * after start, then the site is rebuilt with them.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Browser, openBrowser } from './browser.ts'
import { stackLog } from './stack.ts'

const stack = inject('stack')
let browser: Browser
let page: Page
let documentPath: string

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 420_000) {
  const began = Date.now()
  while (Date.now() - began < timeoutMs) {
    if (await check()) return (Date.now() - began) / 1000
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  const tail = stackLog(stack).split('\n').slice(-30).join('\n')
  throw new Error(`Quá ${timeoutMs / 1000} giây mà chưa thấy: ${what}\n${tail}`)
}

/** Scrolls each picture into view (the later ones load lazily), then reads what the browser decoded. */
async function loadedPictures(selector: string) {
  const pictures = page.locator(selector)
  const count = await pictures.count()
  for (let i = 0; i < count; i++) await pictures.nth(i).scrollIntoViewIfNeeded()
  await page.waitForFunction(
    (s) => [...document.querySelectorAll<HTMLImageElement>(s)].every((img) => img.complete),
    selector,
    { timeout: 30_000 },
  )
  return pictures.evaluateAll((imgs: HTMLImageElement[]) =>
    imgs.map((img) => ({
      alt: img.alt,
      naturalWidth: img.naturalWidth,
      src: img.currentSrc,
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      loading: img.loading,
    })),
  )
}

beforeAll(async () => {
  // A public seeded document with a PDF, read as anyone may.
  const response = await fetch(
    `${stack.url}/api/documents?where[audience][equals]=public&where[pdf][exists]=true&limit=1&depth=0&sort=-issuedDate`,
  )
  const doc = (await response.json()).docs[0]
  expect(doc, 'the demo seed has a public document with a PDF').toBeTruthy()
  documentPath = `/van-ban/${doc.slug}/`
  const took = await waitFor(`${documentPath} có ảnh các trang`, async () => {
    const html = await fetch(`${stack.url}${documentPath}`).then((r) => (r.ok ? r.text() : ''))
    return html.includes('alt="Trang 1"')
  })
  console.log(`[e2e] từ lúc khởi động đến khi trang văn bản có ảnh trang: ${took.toFixed(1)} giây`)
  browser = await openBrowser({ baseURL: stack.url })
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 360, height: 740 })
})
afterAll(() => browser?.close())

describe('a public document on a phone', () => {
  it('shows every page as a picture that loads, numbered, with its box set; no PDF frame', async () => {
    await page.goto(documentPath)
    expect(await page.locator('object, embed, iframe[src$=".pdf"]').count()).toBe(0)
    const pictures = await loadedPictures('.pdf-pages img')
    expect(pictures.length).toBeGreaterThan(0)
    for (const [i, picture] of pictures.entries()) {
      expect(picture.alt).toBe(`Trang ${i + 1}`)
      expect(picture.naturalWidth, picture.src).toBeGreaterThan(0)
      expect(picture.src).toMatch(/\.webp$/)
      expect(Number(picture.width)).toBeGreaterThan(0)
      expect(Number(picture.height)).toBeGreaterThan(Number(picture.width))
    }
    // A picture fits the phone's width: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // For a human look at the result (not asserted).
    await page.locator('.pdf-pages li').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(tmpdir(), 'sotay-document-pages.png') })
  })

  it('keeps the download and shows the text in paragraphs with its Vietnamese marks', async () => {
    await page.goto(documentPath)
    const download = page.getByRole('link', { name: /Tải PDF/ })
    expect(await download.getAttribute('href')).toMatch(/\.pdf$/)
    const paragraphs = await page.locator('section[aria-labelledby="noi-dung"] p').allTextContents()
    expect(paragraphs.length).toBeGreaterThan(3)
    expect(paragraphs.join(' ')).toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
  })
})

describe('news covers on a phone', () => {
  it('the news list shows cover thumbnails that load', async () => {
    await page.goto('/tin-tuc/')
    const thumbs = await loadedPictures('.cards img.thumb')
    expect(thumbs.length).toBeGreaterThan(3)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(tmpdir(), 'sotay-news-covers.png') })
    for (const thumb of thumbs) {
      expect(thumb.naturalWidth, thumb.src).toBeGreaterThan(0)
      expect(thumb.src).toMatch(/\.webp$/)
      expect([thumb.width, thumb.height]).toEqual(['320', '240'])
      expect(thumb.loading).toBe('lazy')
    }
  })

  it('an article with a cover shows it at the phone’s width, from a WebP size', async () => {
    await page.goto('/tin-tuc/')
    const href = await page.locator('.cards li.has-cover a').first().getAttribute('href')
    await page.goto(href!)
    const [cover] = await loadedPictures('article img.cover')
    expect(cover!.naturalWidth).toBeGreaterThan(0)
    expect(cover!.src).toMatch(/\.webp$/)
    const box = await page.locator('article img.cover').boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    expect(box!.width).toBeLessThanOrEqual(360)
  })
})
