/**
 * Astro integration: every `astro build` ends by indexing the built pages for search (before the PWA step), keeping
 * the index parts in Astro's cacheDir so the next build re-indexes only the parts whose pages changed.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { indexSite } from './indexSite.ts'

export default function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined
  return {
    name: 'sotay-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'sotay-search')
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The site builder indexes in a step of its own (scripts/index-search.mjs), once Astro's memory is freed.
        if (process.env.SEARCH_INDEX === 'separate') return
        const result = await indexSite({
          distDir: fileURLToPath(dir),
          cacheDir,
          // Smaller parts for tests and for trying the trade-off (fewer pages re-indexed, more requests per search).
          partPages: Number(process.env.SEARCH_PART_PAGES) || undefined,
          log: (line) => logger.info(line.trim()),
        })
        if (result.errors.length)
          throw new Error(`Lập chỉ mục tìm kiếm lỗi: ${result.errors.slice(0, 3).join(' | ')}`)
      },
    },
  }
}
