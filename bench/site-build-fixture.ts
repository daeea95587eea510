/**
 * Writes a throwaway Astro project of N synthetic articles (content layer + file loader, like the real site's
 * pages marked data-pagefind-body) plus the real search page, under site/.bench/site-<N>/ (inside site/ so it
 * resolves the site's own Astro; a symlinked node_modules breaks astro:content).
 */
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { article } from './site-build-text.ts'

export const benchDir = path.dirname(fileURLToPath(import.meta.url))
export const siteDir = path.join(benchDir, '..', 'site')

const CONFIG = `import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
export default defineConfig({ output: 'static', build: { format: 'directory' }, integrations: [react()] })
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
const ARTICLE_PAGE = `---
import { getCollection } from 'astro:content'
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { data: entry.data } }))
}
const { data } = Astro.props
const [y, m, d] = data.date.split('-')
---
<html lang="vi"><head><meta charset="utf-8" /><title>{data.title} — Sổ tay Đảng viên</title></head>
<body><nav>Trang chủ · Tin tức · Văn bản · Học tập · Hỏi đáp</nav>
<main><article data-pagefind-body><h1>{data.title}</h1><p><time datetime={data.date}>{d}/{m}/{y}</time></p>
{data.paragraphs.map((p) => <p>{p}</p>)}</article></main></body></html>
`
const SEARCH_PAGE = (searchBox: string) => `---
import SearchBox from '${searchBox}'
---
<html lang="vi"><head><meta charset="utf-8" /><title>Tìm kiếm</title></head>
<body><main><h1>Tìm kiếm</h1><SearchBox client:load /></main></body></html>
`

export const fixtureRoot = (pages: number) => path.join(siteDir, '.bench', `site-${pages}`)

/** Writes the project and returns its folder. */
export async function writeFixture(pages: number): Promise<string> {
  const root = fixtureRoot(pages)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(path.join(root, 'src', 'pages', 'tim-kiem'), { recursive: true })
  writeFileSync(path.join(root, 'astro.config.mjs'), CONFIG)
  writeFileSync(path.join(root, 'src', 'content.config.ts'), CONTENT_CONFIG)
  writeFileSync(path.join(root, 'src', 'pages', '[...slug].astro'), ARTICLE_PAGE)
  writeFileSync(
    path.join(root, 'src', 'pages', 'tim-kiem', 'index.astro'),
    SEARCH_PAGE(path.join(siteDir, 'src', 'search', 'SearchBox.tsx')),
  )
  // Streamed: 50,000 articles are ~250 MB of JSON.
  const out = createWriteStream(path.join(root, 'articles.json'))
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)))
  await write('[')
  for (let i = 0; i < pages; i++) {
    const { slug, ...data } = article(i)
    await write(`${i ? ',' : ''}\n${JSON.stringify({ id: slug, ...data })}`)
  }
  await write('\n]\n')
  await new Promise<void>((resolve) => out.end(resolve))
  return root
}
