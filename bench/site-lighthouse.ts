/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for the home, an article and the
 * search page, with Debian's Chromium. `tsx bench/site-lighthouse.ts` (SITE_URL=... to measure a running site).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { firstArticlePath, siteTarget } from './siteTarget.ts'

const target = await siteTarget()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
})
try {
  const rows: Record<string, string | number>[] = []
  for (const [name, path] of [
    ['trang chủ', '/'],
    ['bài tin', await firstArticlePath(target.url)],
    ['tìm kiếm', '/tim-kiem/'],
  ] as const) {
    // The default config is the mobile one: a mid-range phone on slow 4G (simulated throttling).
    const result = await lighthouse(`${target.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`Lighthouse không trả kết quả cho ${path}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    rows.push({
      trang: `${name} (${path})`,
      'hiệu năng': score('performance'),
      'trợ năng': score('accessibility'),
      'thực hành tốt': score('best-practices'),
      SEO: score('seo'),
      FCP: audits['first-contentful-paint']?.displayValue ?? '',
      LCP: audits['largest-contentful-paint']?.displayValue ?? '',
      TBT: audits['total-blocking-time']?.displayValue ?? '',
    })
  }
  console.log('Lighthouse, cấu hình di động (mô phỏng 4G chậm):')
  console.table(rows)
  console.log(JSON.stringify({ bench: 'site-lighthouse', rows }))
} finally {
  chrome.kill()
  await target.close()
}
