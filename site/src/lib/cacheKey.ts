/**
 * A page's cacheKey for Astro's incremental build (experimental.incrementalBuild): the digest of the props it
 * renders from, so a page is rendered again only when its own content changed (or the site's code did).
 */
import { createHash } from 'node:crypto'

export const cacheKeyOf = (props: unknown): string =>
  createHash('sha256').update(JSON.stringify(props)).digest('base64url')

/** getStaticPaths entries with their cacheKey. */
export const withCacheKeys = <T extends { props: unknown }>(paths: T[]): (T & { cacheKey: string })[] =>
  paths.map((entry) => ({ ...entry, cacheKey: cacheKeyOf(entry.props) }))
