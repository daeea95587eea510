/**
 * JavaScript an article page ships: every script the page loads in Chromium (service worker excluded),
 * summed raw and gzip-compressed. `tsx bench/site-js.ts` (SITE_URL=... to measure a running site).
 */
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { firstArticlePath, siteTarget } from './siteTarget.ts'

const target = await siteTarget()
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
})
try {
  const rows: { page: string; files: number; raw: number; gzip: number }[] = []
  for (const [name, path] of [
    ['trang chủ', '/'],
    ['bài tin', await firstArticlePath(target.url)],
    ['thư viện văn bản', '/van-ban/'],
    ['tìm kiếm', '/tim-kiem/'],
  ] as const) {
    const page = await browser.newPage({ serviceWorkers: 'block' })
    const scripts: Promise<Buffer>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body())
    })
    await page.goto(`${target.url}${path}`, { waitUntil: 'networkidle' })
    // Islands hydrate when visible: scroll through the page so they load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    const bodies = await Promise.all(scripts)
    // Inline scripts count too: they are part of what the phone parses.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    )
    const all = [...bodies, Buffer.from(inline)]
    rows.push({
      page: `${name} (${path})`,
      files: bodies.length,
      raw: all.reduce((sum, b) => sum + b.length, 0),
      gzip: all.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    })
    await page.close()
  }
  console.log('JavaScript tải về mỗi trang (không tính service worker):')
  console.table(
    rows.map((r) => ({
      trang: r.page,
      'số tệp': r.files,
      'KB gốc': (r.raw / 1024).toFixed(1),
      'KB gzip': (r.gzip / 1024).toFixed(1),
    })),
  )
  console.log(JSON.stringify({ bench: 'site-js', rows }))
} finally {
  await browser.close()
  await target.close()
}
