/**
 * The site the site benchmarks measure: SITE_URL when given, else a built site served by the front server here
 * (SITE_DIR, e.g. a stack's data/site/current, or site/dist).
 */
import { createReadStream, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '@sotay/functions'
import { contentType, createFrontServer } from '@sotay/server'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface SiteTarget {
  url: string
  close(): Promise<void>
}

/**
 * A stack's pages show its media through the CMS (`/api/media/file/<name>`); with no CMS running, the built site's
 * stack folder (`<data>/site/current` → `<data>/media`) serves them, so a page is measured with its pictures rather
 * than with 502s in its console.
 */
function mediaBeside(siteDir: string): string | null {
  const media = path.resolve(siteDir, '..', '..', 'media')
  return existsSync(media) ? media : null
}

export async function siteTarget(): Promise<SiteTarget> {
  if (process.env.SITE_URL) return { url: process.env.SITE_URL.replace(/\/+$/, ''), close: async () => {} }
  const siteDir = process.env.SITE_DIR ? path.resolve(process.env.SITE_DIR) : path.join(repo, 'site', 'dist')
  const front = createFrontServer({ app: createApp(), siteDir })
  const media = mediaBeside(siteDir)
  const server = media
    ? createServer((request, response) => {
        const name = request.url?.match(/^\/api\/media\/file\/([^/?#]+)/)?.[1]
        if (!name) return void front.emit('request', request, response)
        const file = path.join(media, path.basename(decodeURIComponent(name)))
        if (!existsSync(file)) return void response.writeHead(404).end()
        response.writeHead(200, {
          'content-type': contentType(file),
          'cache-control': 'public, max-age=86400',
        })
        createReadStream(file).pipe(response)
      })
    : front
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The first link to one item of `folder` on the page at `from`, so the figures follow whatever content was built. */
async function firstItemPath(url: string, from: string, folder: string, what: string): Promise<string> {
  const html = await (await fetch(`${url}${from}`)).text()
  const match = html.match(new RegExp(`href="(/${folder}/(?!chuyen-muc/|trang/)[^"/]+/)"`))
  if (!match?.[1])
    throw new Error(`${from} không có ${what} nào: hãy build site từ CMS có dữ liệu mẫu trước.`)
  return match[1]
}

export const firstArticlePath = (url: string) => firstItemPath(url, '/', 'tin-tuc', 'bài tin')
export const firstDocumentPath = (url: string) => firstItemPath(url, '/van-ban/', 'van-ban', 'văn bản')
export const firstStudyPath = (url: string) =>
  firstItemPath(url, '/hoc-tap/', 'hoc-tap', 'chuyên đề công khai')
