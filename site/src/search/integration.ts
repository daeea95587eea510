/** Astro integration: every `astro build` ends by indexing the built pages for search (before the PWA step). */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { indexSite } from './indexSite.ts'

export default function searchIndex(): AstroIntegration {
  return {
    name: 'sotay-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await indexSite({
          distDir: fileURLToPath(dir),
          log: (line) => logger.info(line.trim()),
        })
        if (result.errors.length)
          throw new Error(`Lập chỉ mục tìm kiếm lỗi: ${result.errors.slice(0, 3).join(' | ')}`)
      },
    },
  }
}
