/** The public origin for absolute links in the sitemap and RSS (SITE_URL, else astro.config's `site`). */
export const siteOrigin = (site: URL | undefined): string =>
  (process.env.SITE_URL ?? site?.origin ?? 'http://127.0.0.1:3000').replace(/\/+$/, '')
