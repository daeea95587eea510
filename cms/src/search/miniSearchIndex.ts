/** The embedded search engine (MiniSearch): exact and accent-folded forms indexed side by side, exact ranked first. */
import { foldAccents, searchTerms } from '@sotay/content-schemas'
import MiniSearch from 'minisearch'
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.ts'

interface Stored {
  id: string
  exact: string
  folded: string
}

/** An exact-accent match counts this many times a folded one, so "đảng viên" outranks "đang viên". */
const EXACT_BOOST = 2

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * Query words found in more than this share of documents are left out of the engine's query (they
 * still count in the FAQ confidence): on a large bank "đảng", "viên", "ở" match nearly every entry and
 * scoring them costs most of the time while changing the order little. Small indexes are never pruned.
 */
const COMMON_SHARE = 0.3
const NEVER_PRUNE_BELOW = 500

/** A query term is looked up as written (lower-cased) and folded. */
function queryTerms(term: string): string[] {
  const exact = term.toLowerCase()
  const folded = foldAccents(exact)
  return folded === exact ? [exact] : [exact, folded]
}

export function createMiniSearchIndex(): SearchIndex {
  const engine = new MiniSearch<Stored>({
    fields: ['exact', 'folded'],
    tokenize,
    processTerm: (term) => term.toLowerCase(),
    searchOptions: { boost: { exact: EXACT_BOOST, folded: 1 }, processTerm: queryTerms },
  })

  // How many documents use each folded word, to leave the commonest out of queries.
  const documentFrequency = new Map<string, number>()
  const wordsOf = new Map<string, Set<string>>()
  // Tags are kept here, not in the engine: filtering the ranked list ourselves stops at `limit`.
  const tagsOf = new Map<string, Record<string, string[]>>()
  const count = (words: Set<string>, delta: number) => {
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + delta)
  }
  const forget = (id: string) => {
    const words = wordsOf.get(id)
    if (words) count(words, -1)
    wordsOf.delete(id)
    tagsOf.delete(id)
    if (engine.has(id)) engine.discard(id)
  }

  /** The query's words, without the commonest ones when the index is large (the rarest two are always kept). */
  const informative = (query: string): string => {
    const words = tokenize(query)
    const limit = Math.max(NEVER_PRUNE_BELOW, engine.documentCount * COMMON_SHARE)
    const rated = words.map((word) => ({ word, df: documentFrequency.get(searchTerms(word)[0] ?? '') ?? 0 }))
    const kept = rated.filter((r) => r.df <= limit)
    const chosen = kept.length >= 2 ? kept : rated.sort((a, b) => a.df - b.df).slice(0, 2)
    return chosen.map((r) => r.word).join(' ')
  }

  return {
    async upsert(docs: SearchDoc[]) {
      for (const doc of docs) {
        forget(doc.id)
        const text = doc.texts.join('\n')
        const folded = searchTerms(text)
        const words = new Set(folded)
        count(words, 1)
        wordsOf.set(doc.id, words)
        tagsOf.set(doc.id, doc.tags)
        engine.add({ id: doc.id, exact: text, folded: folded.join(' ') })
      }
    },
    async remove(ids: string[]) {
      for (const id of ids) forget(id)
    },
    async clear() {
      engine.removeAll()
      documentFrequency.clear()
      wordsOf.clear()
      tagsOf.clear()
    },
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      const filter = Object.entries(options.filter ?? {})
      const allowed = (id: string) =>
        filter.every(([key, values]) => tagsOf.get(id)?.[key]?.some((value) => values.includes(value)))
      const limit = options.limit ?? 10
      const hits: SearchHit[] = []
      for (const hit of engine.search(informative(query))) {
        const id = String(hit.id)
        if (allowed(id)) hits.push({ id, score: hit.score })
        if (hits.length >= limit) break
      }
      return hits
    },
  }
}
