/** Meilisearch behind the same interface, for deployments that run one (MEILI_URL, MEILI_KEY). */
import { searchTerms } from '@sotay/content-schemas'
import { Meilisearch } from 'meilisearch'
import { stopWordList } from './stopWords.ts'
import { synonymTable } from './synonyms.ts'
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.ts'

export interface MeiliOptions {
  url: string
  apiKey?: string
  /** Index name; deployments sharing one server give each its own prefix. */
  indexName: string
}

/** Meilisearch tag filters only accept plain values; anything else is quoted. */
const quote = (value: string) => JSON.stringify(value)

export function createMeiliSearchIndex(options: MeiliOptions): SearchIndex {
  const client = new Meilisearch({ host: options.url, apiKey: options.apiKey })
  const index = client.index(options.indexName)
  let ready: Promise<unknown> | undefined
  // Exact text is listed first and the body last: Meilisearch ranks matches in earlier attributes higher.
  // The analysis the embedded engine does itself is given to Meilisearch as its settings: the same
  // synonyms (accented and folded) and stop words, through their documented settings routes.
  const setup = () =>
    (ready ??= (async () => {
      await index
        .updateSettings({
          searchableAttributes: ['exact', 'folded', 'bodyExact', 'bodyFolded'],
          filterableAttributes: ['tags'],
        })
        .waitTask()
      await index.updateSynonyms(synonymTable()).waitTask()
      await index.updateStopWords(stopWordList()).waitTask()
    })())

  return {
    async upsert(docs: SearchDoc[]) {
      await setup()
      const rows = docs.map((doc) => {
        const text = doc.texts.join('\n')
        const body = (doc.body ?? []).join('\n')
        return {
          id: doc.id,
          exact: text,
          folded: searchTerms(text).join(' '),
          bodyExact: body,
          bodyFolded: searchTerms(body).join(' '),
          tags: doc.tags,
        }
      })
      if (rows.length) await index.addDocuments(rows, { primaryKey: 'id' }).waitTask()
    },
    async remove(ids: string[]) {
      await setup()
      if (ids.length) await index.deleteDocuments(ids).waitTask()
    },
    async clear() {
      await setup()
      await index.deleteAllDocuments().waitTask()
    },
    async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
      await setup()
      const filter = Object.entries(opts.filter ?? {}).map(
        ([key, values]) => `tags.${key} IN [${values.map(quote).join(', ')}]`,
      )
      // The folded query is sent too, so an unaccented question still finds accented entries.
      const q = `${query} ${searchTerms(query).join(' ')}`
      const found = await index.search(q, {
        limit: opts.limit ?? 10,
        filter: filter.length ? filter.join(' AND ') : undefined,
        showRankingScore: true,
        matchingStrategy: 'frequency',
      })
      return found.hits.map((hit) => ({ id: String(hit.id), score: Number(hit._rankingScore ?? 0) }))
    },
  }
}
