/**
 * An article page built from the real layout, in real Chromium at phone widths: little JavaScript and no React,
 * and the listen button, its speeds and "Chữ lớn" work as plain scripts. Headless Chromium has no Vietnamese
 * voice, so "Nghe" on an article without audio must say so.
 */
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from '../../../e2e/browser.ts'
import { type FixtureSite, openFixtureSite } from '../lib/fixtureSite.ts'

const articlePath = '/tin-tuc/bai-mau/'
let site: FixtureSite
let browser: Browser

beforeAll(async () => {
  site = await openFixtureSite('light', 'LIGHT', { serviceWorkers: 'block' })
  browser = site.browser
})

afterAll(() => site?.close())

describe('an article page', () => {
  it('ships at most 15 KB of gzip JavaScript before "Nghe" is pressed, none of it React', async () => {
    const page = await browser.context.newPage()
    const scripts: Promise<Buffer>[] = []
    const names: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return
      names.push(response.url())
      scripts.push(response.body())
    })
    await page.goto(articlePath, { waitUntil: 'networkidle' })
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    )
    const bodies = [...(await Promise.all(scripts)), Buffer.from(inline)]
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0)
    expect(gzip).toBeLessThanOrEqual(15 * 1024)
    expect(bodies.some((body) => body.includes('react.production') || body.includes('__reactFiber'))).toBe(
      false,
    )
    expect(await page.locator('astro-island').count()).toBe(0)
    await page.close()
  })

  for (const width of [360, 320]) {
    it(`at ${width} px: "Nghe" without audio or voice says so, speeds and "Chữ lớn" toggle`, async () => {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width, height: 740 })
      await page.goto(articlePath)
      await page.locator('sotay-listen .listen[data-ready]').waitFor()
      const listen = page.getByRole('button', { name: 'Nghe', exact: true })
      expect((await listen.boundingBox())?.height).toBeGreaterThanOrEqual(48)
      // The whole player fits the phone's width.
      const right = await page.locator('.listen').evaluate((el) => el.getBoundingClientRect().right)
      expect(right).toBeLessThanOrEqual(width)

      const faster = page.getByRole('button', { name: 'Tốc độ 1,25×' })
      await faster.click()
      expect(await faster.getAttribute('aria-pressed')).toBe('true')
      expect(await page.getByRole('button', { name: 'Tốc độ 1×' }).getAttribute('aria-pressed')).toBe('false')

      await listen.focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(() => page.locator('.listen [role="status"]').textContent(), { timeout: 10_000 })
        .toBe('Thiết bị chưa hỗ trợ đọc tiếng Việt')

      const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
      const before = await size()
      await page.getByRole('button', { name: 'Chữ lớn' }).click()
      expect(await size()).not.toBe(before)
      expect(await page.getByRole('button', { name: 'Chữ lớn' }).getAttribute('aria-pressed')).toBe('true')
      await page.getByRole('button', { name: 'Chữ lớn' }).click()
      expect(await size()).toBe(before)
      await page.close()
    })
  }
})
