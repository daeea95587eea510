/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for the five kinds of public page:
 * home, a news article, a document, a study topic and search, with Debian's Chromium and the CPU slowed 6× (the
 * issue's cheap phone) instead of Lighthouse's default 4×; the network stays Lighthouse's slow 4G.
 * `tsx bench/site-lighthouse.ts` (SITE_URL=... to measure a running site, SITE_DIR=... to serve a built one).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { throttling } from 'lighthouse/core/config/constants.js'
import { printBenchLine } from './jsonLine.ts'
import { firstArticlePath, firstDocumentPath, firstStudyPath, siteTarget } from './siteTarget.ts'

/** The goal: every page at least this with the CPU slowed 6×. */
const GOAL = 98
const CPU_SLOWDOWN = 6

const target = await siteTarget()
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
})
try {
  const rows: Record<string, string | number>[] = []
  const pages = [
    ['trang chủ', '/'],
    ['bài tin', await firstArticlePath(target.url)],
    ['văn bản', await firstDocumentPath(target.url)],
    ['chuyên đề học tập', await firstStudyPath(target.url)],
    ['tìm kiếm', '/tim-kiem/'],
  ] as const
  for (const [name, path] of pages) {
    // The default config is the mobile one (simulated slow 4G); only the CPU multiplier changes.
    const result = await lighthouse(`${target.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: CPU_SLOWDOWN },
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
      CLS: audits['cumulative-layout-shift']?.displayValue ?? '',
    })
  }
  console.log(
    `Lighthouse, cấu hình di động (4G chậm mô phỏng, CPU chậm ${CPU_SLOWDOWN}×; mục tiêu ≥ ${GOAL}):`,
  )
  console.table(rows)
  const below = rows.filter((row) =>
    ['hiệu năng', 'trợ năng', 'thực hành tốt', 'SEO'].some((key) => Number(row[key]) < GOAL),
  )
  if (below.length) console.log(`Dưới ${GOAL}: ${below.map((row) => row.trang).join(', ')}`)
  printBenchLine(
    'site-lighthouse',
    rows.map((row) => ({ ...row, cpuSlowdown: CPU_SLOWDOWN })),
  )
} finally {
  chrome.kill()
  await target.close()
}
