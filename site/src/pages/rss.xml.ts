/** RSS 2.0 feed of the latest public news, written by hand (no dependency). */
import type { APIRoute } from 'astro'
import { allNews } from '../lib/content.ts'
import { escapeHtml } from '../lib/richText.ts'
import { siteOrigin } from '../lib/siteUrl.ts'

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site)
  const items = (await allNews()).slice(0, 50).map((n) => {
    const link = `${origin}/tin-tuc/${n.slug}/`
    return `<item><title>${escapeHtml(n.title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(n.publishedAt).toUTCString()}</pubDate><description>${escapeHtml(n.summary)}</description></item>`
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sổ tay Đảng viên — Tin tức</title><link>${origin}/</link><description>Tin tức công khai</description><language>vi</language>
${items.join('\n')}
</channel></rss>
`
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
