/**
 * Writes a throwaway Astro project of N synthetic articles (content layer + file loader, like the real site's
 * pages marked data-pagefind-body, the first paragraph marked as the search lead as a news summary is), the lists and feed they appear on, and the real search page, built as the site
 * is (incremental build with the site's cacheKeys, the site's search index integration), under
 * site/.bench/site-<N>/ (inside site/ so it resolves the site's own Astro; a symlinked node_modules breaks
 * astro:content).
 */
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { article } from './site-build-text.ts'

export const benchDir = path.dirname(fileURLToPath(import.meta.url))
export const siteDir = path.join(benchDir, '..', 'site')

const CONFIG = (searchIndex: string, dataStore: string) => `import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import dataStoreAtRuntime from '${dataStore}'
import searchIndex from '${searchIndex}'
export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  experimental: { incrementalBuild: true },
  integrations: [react(), dataStoreAtRuntime(), searchIndex()],
})
`
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content'
import { file } from 'astro/loaders'
import { z } from 'astro/zod'
const articles = defineCollection({
  loader: file('articles.json'),
  schema: z.object({ title: z.string(), date: z.string(), paragraphs: z.array(z.string()) }),
})
export const collections = { articles }
`
const ARTICLES = `import { getCollection } from 'astro:content'
export const PAGE_SIZE = 20
export async function newestFirst() {
  return (await getCollection('articles'))
    .map((entry) => ({ slug: entry.id, ...entry.data }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
}
`
const ARTICLE_PAGE = (cacheKey: string) => `---
import { withCacheKeys } from '${cacheKey}'
import { newestFirst } from '../articles.ts'
export async function getStaticPaths() {
  return withCacheKeys((await newestFirst()).map((item) => ({ params: { slug: item.slug }, props: { data: item } })))
}
const { data } = Astro.props
const [y, m, d] = data.date.split('-')
---
<html lang="vi"><head><meta charset="utf-8" /><title>{data.title} — Sổ tay Đảng viên</title></head>
<body><nav>Trang chủ · Tin tức · Văn bản · Học tập · Hỏi đáp</nav>
<main><article data-pagefind-body><h1>{data.title}</h1><p><time datetime={data.date}>{d}/{m}/{y}</time></p>
<p data-search-lead><strong>{data.paragraphs[0]}</strong></p>
{data.paragraphs.slice(1).map((p) => <p>{p}</p>)}</article></main></body></html>
`
/** The lists an article appears on: 20 a page, newest first, and the feed and home page (no cacheKey). */
const LIST_PAGE = (cacheKey: string) => `---
import { withCacheKeys } from '${cacheKey}'
import { newestFirst, PAGE_SIZE } from '../../articles.ts'
export async function getStaticPaths() {
  const all = await newestFirst()
  return withCacheKeys(Array.from({ length: Math.ceil(all.length / PAGE_SIZE) }, (_, i) => ({
    params: { page: String(i + 1) },
    props: { items: all.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE).map(({ slug, title }) => ({ slug, title })) },
  })))
}
const { items } = Astro.props
---
<html lang="vi"><head><meta charset="utf-8" /><title>Tin mới</title></head>
<body><main><ul>{items.map((item) => <li><a href={'/' + item.slug + '/'}>{item.title}</a></li>)}</ul></main></body></html>
`
const HOME_PAGE = `---
import { newestFirst } from '../articles.ts'
const latest = (await newestFirst()).slice(0, 10)
---
<html lang="vi"><head><meta charset="utf-8" /><title>Sổ tay Đảng viên</title></head>
<body><main><ul>{latest.map((item) => <li><a href={'/' + item.slug + '/'}>{item.title}</a></li>)}</ul></main></body></html>
`
const FEED = `import { newestFirst } from '../articles.ts'
export async function GET() {
  const items = (await newestFirst()).slice(0, 50).map((item) => '<item><title>' + item.title + '</title></item>')
  return new Response('<rss version="2.0"><channel>' + items.join('') + '</channel></rss>')
}
`
const SEARCH_PAGE = (searchBox: string) => `---
import SearchBox from '${searchBox}'
---
<html lang="vi"><head><meta charset="utf-8" /><title>Tìm kiếm</title></head>
<body><main><h1>Tìm kiếm</h1><SearchBox /></main></body></html>
`

export const fixtureRoot = (pages: number) => path.join(siteDir, '.bench', `site-${pages}`)

/** Writes the project (its cache from an earlier run is dropped) and returns its folder. */
export async function writeFixture(pages: number): Promise<string> {
  const root = fixtureRoot(pages)
  rmSync(root, { recursive: true, force: true })
  const src = path.join(root, 'src')
  mkdirSync(path.join(src, 'pages', 'tim-kiem'), { recursive: true })
  mkdirSync(path.join(src, 'pages', 'trang'), { recursive: true })
  const cacheKey = path.join(siteDir, 'src', 'lib', 'cacheKey.ts')
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    CONFIG(
      path.join(siteDir, 'src', 'search', 'integration.ts'),
      path.join(siteDir, 'src', 'build', 'dataStoreAtRuntime.ts'),
    ),
  )
  writeFileSync(path.join(src, 'content.config.ts'), CONTENT_CONFIG)
  writeFileSync(path.join(src, 'articles.ts'), ARTICLES)
  writeFileSync(path.join(src, 'pages', '[...slug].astro'), ARTICLE_PAGE(cacheKey))
  writeFileSync(path.join(src, 'pages', 'trang', '[page].astro'), LIST_PAGE(cacheKey))
  writeFileSync(path.join(src, 'pages', 'index.astro'), HOME_PAGE)
  writeFileSync(path.join(src, 'pages', 'rss.xml.ts'), FEED)
  writeFileSync(
    path.join(src, 'pages', 'tim-kiem', 'index.astro'),
    SEARCH_PAGE(path.join(siteDir, 'src', 'search', 'SearchBox.astro')),
  )
  await writeArticles(root, pages)
  return root
}

/** The article an edit changes: its title and first paragraph. */
export const EDITED = 1234

/** articles.json, streamed (50,000 articles are ~250 MB of JSON); `edit` changes one article as an editor would. */
export async function writeArticles(root: string, pages: number, edit?: string): Promise<void> {
  const out = createWriteStream(path.join(root, 'articles.json'))
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)))
  await write('[')
  for (let i = 0; i < pages; i++) {
    const { slug, ...data } = article(i)
    if (edit && i === EDITED % pages) {
      data.title = `${data.title} (${edit})`
      data.paragraphs[0] = `Bản sửa ${edit}: ${data.paragraphs[0]}`
    }
    await write(`${i ? ',' : ''}\n${JSON.stringify({ id: slug, ...data })}`)
  }
  await write('\n]\n')
  await new Promise<void>((resolve) => out.end(resolve))
}
