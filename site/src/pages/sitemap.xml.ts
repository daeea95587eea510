/** sitemap.xml of every public page, written by hand from the same collections as the pages. */
import type { APIRoute } from 'astro'
import { allDocuments, allNews, allStudyTopics } from '../lib/content.ts'
import { faqByCategory, faqCategoryPath } from '../lib/faq.ts'
import { siteOrigin } from '../lib/siteUrl.ts'

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site)
  const paths = [
    '/',
    '/tin-tuc/',
    '/van-ban/',
    '/hoc-tap/',
    '/hoi-dap/',
    ...(await allNews()).map((n) => `/tin-tuc/${n.slug}/`),
    ...(await allDocuments()).map((d) => `/van-ban/${d.slug}/`),
    ...(await allStudyTopics()).map((t) => `/hoc-tap/${t.slug}/`),
    ...(await faqByCategory()).map((c) => faqCategoryPath(c.slug)),
  ]
  const urls = paths.map((p) => `<url><loc>${encodeURI(`${origin}${p}`)}</loc></url>`).join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
