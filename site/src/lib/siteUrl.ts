/**
 * The public origin for absolute links (sitemap, RSS, canonical): SITE_URL (the site builder sets it to the
 * address the site is served on), else SERVER_URL, else astro.config's `site`.
 */
export const siteOrigin = (site: URL | undefined): string =>
  (process.env.SITE_URL ?? process.env.SERVER_URL ?? site?.origin ?? 'http://127.0.0.1:3000').replace(
    /\/+$/,
    '',
  )
