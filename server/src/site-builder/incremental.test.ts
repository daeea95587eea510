/**
 * One edit on a generated 2,000-article site: the builder's second build renders only the edited article, the list
 * page that shows it and the pages without a cacheKey (home, feed), reuses every other page, and indexes again only
 * the search part (its months) the article belongs to. Real `astro build` runs, real Pagefind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { astroPlan, createSiteBuilder, type SiteBuilder } from './index.ts'

const ARTICLES = 2000
const PAGE_SIZE = 20
const fixture = path.resolve(import.meta.dirname, '..', '..', '..', 'site', 'test', 'fixtures', 'incremental')
const work = mkdtempSync(path.join(tmpdir(), 'sotay-incremental-'))
const articlesFile = path.join(work, 'articles.json')

interface Article {
  id: string
  title: string
  date: string
  paragraphs: string[]
}

const SENTENCES = [
  'Chi bộ tổ chức sinh hoạt định kỳ với nội dung thiết thực.',
  'Đảng viên gương mẫu thực hiện nhiệm vụ được giao.',
  'Nghị quyết của Đảng bộ tỉnh được quán triệt đến từng cơ sở.',
  'Công tác kiểm tra, giám sát được tăng cường trong năm.',
  'Phong trào thi đua yêu nước lan tỏa ở khu dân cư.',
]

function article(i: number): Article {
  const year = 2015 + (i % 12)
  const month = String(1 + (i % 12)).padStart(2, '0')
  const day = String(1 + (i % 28)).padStart(2, '0')
  return {
    id: `tin-so-${i}`,
    title: `Tin số ${i} về công tác xây dựng Đảng`,
    date: `${year}-${month}-${day}`,
    paragraphs: [0, 1, 2].map((p) => `${SENTENCES[(i + p) % SENTENCES.length]} Bài ${i}, đoạn ${p + 1}.`),
  }
}

const articles = Array.from({ length: ARTICLES }, (_, i) => article(i))
const save = () => writeFileSync(articlesFile, JSON.stringify(articles))

let builder: SiteBuilder
const root = path.join(work, 'data')

/** A builder as the server runs it, over its own data folder. */
function makeBuilder(dataRoot: string): SiteBuilder {
  const plan = astroPlan({
    siteDir: fixture,
    cacheDir: path.join(dataRoot, 'cache'),
    cmsUrl: 'http://127.0.0.1:9',
    // As the server runs it: without the test runner's VITEST* variables, which change how Vite builds.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      ARTICLES_FILE: articlesFile,
      // Parts of at least 150 pages, doubled to 300 (at most 8 parts): 12 months of ~167 articles, 6 parts of two months.
      SEARCH_PART_PAGES: '150',
    },
  })
  // No CMS here: the articles come from the JSON file.
  return createSiteBuilder({
    root: dataRoot,
    plan: { ...plan, before: undefined },
    quietMs: 0,
    maxWaitMs: 0,
    timeoutMs: 15 * 60_000,
    log: () => {},
  })
}

beforeAll(() => {
  save()
  builder = makeBuilder(root)
})

// Several builds of 2,000 pages and their caches: on a busy machine removing them took more than 2 minutes.
afterAll(() => {
  builder?.stop()
  rmSync(work, { recursive: true, force: true })
}, 600_000)

async function build(reason: string, by = builder) {
  by.request(reason)
  await by.settled()
  const status = by.status()
  expect(status.lastAttempt?.ok, JSON.stringify(status.lastError)).toBe(true)
  const report = status.lastGood?.report
  if (!report) throw new Error('bản dựng không có báo cáo')
  return { report, dir: by.servedDir() as string }
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8')

/** The site's pages and feed (not the search index, whose parts differ in how they were split over builds). */
const pagesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|xml)$/.test(file) && !file.startsWith('pagefind'))
    .sort()
const parts = (dir: string): string[] => JSON.parse(read(dir, 'pagefind/parts.json')).parts

describe('one edit on a 2,000-article site', () => {
  it('renders the article, its list page, home and feed, and indexes one search part again', async () => {
    const cold = await build('lần đầu')
    // 2,000 articles + 100 list pages + home + feed, all rendered; 6 search parts.
    expect(cold.report.rendered).toBe(ARTICLES + ARTICLES / PAGE_SIZE + 2)
    expect(cold.report.reused).toBe(0)
    expect(cold.report.search?.indexed).toHaveLength(6)
    const before = parts(cold.dir)

    const edited = articles[1234] as Article
    edited.title = 'Tin số 1234 đã sửa: Đại hội chi bộ nhiệm kỳ mới'
    edited.paragraphs[0] = 'Đại hội chi bộ bầu ban chấp hành nhiệm kỳ mới.'
    save()
    const newest = [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    const listPage = Math.floor(newest.indexOf(edited) / PAGE_SIZE) + 1

    const warm = await build('sửa một tin')
    expect(new Set(warm.report.renderedFiles)).toEqual(
      new Set([
        `/tin-tuc/${edited.id}/index.html`,
        `/tin-tuc/trang/${listPage}/index.html`,
        '/index.html',
        '/rss.xml',
      ]),
    )
    expect(warm.report.reused).toBe(cold.report.rendered - 4)
    // The article is from November 2025 (2025-11): the part of November 2025 and December 2026.
    expect(edited.date.slice(0, 7)).toBe('2025-11')
    expect(warm.report.search).toEqual({ indexed: ['2025-11_2026-12'], reused: 5 })

    // The new build serves the edit; an untouched article is the very same page; one search part changed.
    expect(warm.dir).not.toBe(cold.dir)
    expect(read(warm.dir, `tin-tuc/${edited.id}/index.html`)).toContain('Đại hội chi bộ nhiệm kỳ mới')
    expect(read(warm.dir, 'tin-tuc/tin-so-7/index.html')).toBe(read(cold.dir, 'tin-tuc/tin-so-7/index.html'))
    // Reused pages are links to the same files: rendering the edit again never wrote into the earlier build.
    expect(read(cold.dir, `tin-tuc/${edited.id}/index.html`)).not.toContain('Đại hội chi bộ nhiệm kỳ mới')
    const after = parts(warm.dir)
    expect(after.filter((p) => !before.includes(p)).map((p) => p.replace(/-[0-9a-f]{16}$/, ''))).toEqual([
      '2025-11_2026-12',
    ])
  }, 900_000)

  it('takes a deleted article off the site: its page, and its place in the lists', async () => {
    const [gone] = articles.splice(
      articles.findIndex((a) => a.id === 'tin-so-7'),
      1,
    )
    save()
    const after = await build('xoá một tin')
    expect(existsSync(path.join(after.dir, `tin-tuc/${gone?.id}/index.html`))).toBe(false)
    expect(read(after.dir, 'tin-tuc/tin-so-8/index.html')).toContain('Tin số 8')
    const lists = after.report.renderedFiles.filter((file) => file.startsWith('/tin-tuc/trang/'))
    expect(lists.length).toBeGreaterThan(0)
    for (const file of lists) expect(read(after.dir, file.slice(1))).not.toContain(`/tin-tuc/${gone?.id}/`)
  }, 900_000)

  it('after the edit and the deletion, serves the very bytes a full build makes', async () => {
    const incremental = builder.servedDir() as string
    const fresh = makeBuilder(path.join(work, 'full'))
    try {
      const full = await build('bản dựng đầy đủ', fresh)
      expect(full.report.reused).toBe(0)
      const files = pagesOf(full.dir)
      expect(pagesOf(incremental)).toEqual(files)
      const differing = files.filter((file) => read(incremental, file) !== read(full.dir, file))
      expect(differing).toEqual([])
    } finally {
      fresh.stop()
    }
  }, 900_000)
})
