/** The site the site benchmarks measure: SITE_URL when given, else site/dist served by the front server here. */
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '@sotay/functions'
import { createFrontServer } from '@sotay/server'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface SiteTarget {
  url: string
  close(): Promise<void>
}

export async function siteTarget(): Promise<SiteTarget> {
  if (process.env.SITE_URL) return { url: process.env.SITE_URL.replace(/\/+$/, ''), close: async () => {} }
  const server = createFrontServer({ app: createApp(), siteDir: path.join(repo, 'site', 'dist') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The first article link on the home page, so the figures follow whatever content was built. */
export async function firstArticlePath(url: string): Promise<string> {
  const html = await (await fetch(`${url}/`)).text()
  const match = html.match(/href="(\/tin-tuc\/(?!chuyen-muc|trang)[^"/]+\/)"/)
  if (!match) throw new Error('Trang chủ không có bài tin nào: hãy build site từ CMS có dữ liệu mẫu trước.')
  return match[1]
}
