/** Picks the search engine: Meilisearch when MEILI_URL is set, the embedded MiniSearch otherwise. */
import { createMeiliSearchIndex } from './meiliSearchIndex.ts'
import { createMiniSearchIndex } from './miniSearchIndex.ts'
import type { SearchIndex } from './types.ts'

export function createSearchIndex(name: string, env: NodeJS.ProcessEnv = process.env): SearchIndex {
  if (!env.MEILI_URL) return createMiniSearchIndex()
  const prefix = env.MEILI_INDEX_PREFIX ?? 'sotay'
  return createMeiliSearchIndex({ url: env.MEILI_URL, apiKey: env.MEILI_KEY, indexName: `${prefix}_${name}` })
}
