/**
 * The embedded search engine (MiniSearch) over analysed terms (see analysis.ts): syllables and syllable
 * pairs, exact and accent-folded side by side with exact ranked first, the main text above the body.
 */
import MiniSearch from 'minisearch'
import { allTerms, analyze } from './analysis.ts'
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.ts'

interface Stored {
  id: string
  exact: string
  folded: string
  bodyExact: string
  bodyFolded: string
}

/**
 * An exact-accent match counts twice a folded one, so "đảng viên" outranks "đang viên"; the body (an
 * answer) counts less than the text it answers, so an entry is found by its question first.
 */
const BOOST = { exact: 2, folded: 1, bodyExact: 0.6, bodyFolded: 0.3 }

/** Terms are stored one a line: pairs hold a space. */
const SEP = '\n'
const tokenize = (text: string) => text.split(SEP).filter(Boolean)

/**
 * Query terms found in more than this share of documents are left out of the engine's query (they
 * still count in the FAQ confidence): on a large bank "đảng", "viên", "ở" match nearly every entry and
 * scoring them costs most of the time while changing the order little. Small indexes are never pruned.
 */
const COMMON_SHARE = 0.3
const NEVER_PRUNE_BELOW = 500

function fields(doc: SearchDoc): Stored {
  const main = analyze(doc.texts.join('\n'))
  const body = analyze((doc.body ?? []).join('\n'))
  const join = (t: { single: string[]; pairs: string[] }) => [...t.single, ...t.pairs].join(SEP)
  return {
    id: doc.id,
    exact: join(main.exact),
    folded: join(main.folded),
    bodyExact: join(body.exact),
    bodyFolded: join(body.folded),
  }
}

export function createMiniSearchIndex(): SearchIndex {
  const engine = new MiniSearch<Stored>({
    fields: ['exact', 'folded', 'bodyExact', 'bodyFolded'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: BOOST, tokenize, processTerm: (term) => term },
  })

  // How many documents use each term, to leave the commonest out of queries.
  const documentFrequency = new Map<string, number>()
  const termsOf = new Map<string, Set<string>>()
  // Tags are kept here, not in the engine: filtering the ranked list ourselves stops at `limit`.
  const tagsOf = new Map<string, Record<string, string[]>>()
  const count = (terms: Set<string>, delta: number) => {
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + delta)
  }
  const forget = (id: string) => {
    const terms = termsOf.get(id)
    if (terms) count(terms, -1)
    termsOf.delete(id)
    tagsOf.delete(id)
    if (engine.has(id)) engine.discard(id)
  }

  /** The query's terms, without the commonest when the index is large (the rarest two are always kept). */
  const informative = (query: string): string[] => {
    const terms = allTerms(analyze(query, true))
    const limit = Math.max(NEVER_PRUNE_BELOW, engine.documentCount * COMMON_SHARE)
    const rated = terms.map((term) => ({ term, df: documentFrequency.get(term) ?? 0 }))
    const kept = rated.filter((r) => r.df <= limit)
    const chosen = kept.length >= 2 ? kept : rated.sort((a, b) => a.df - b.df).slice(0, 2)
    return chosen.map((r) => r.term)
  }

  return {
    async upsert(docs: SearchDoc[]) {
      for (const doc of docs) {
        forget(doc.id)
        const stored = fields(doc)
        const terms = new Set([...tokenize(stored.exact), ...tokenize(stored.folded)])
        count(terms, 1)
        termsOf.set(doc.id, terms)
        tagsOf.set(doc.id, doc.tags)
        engine.add(stored)
      }
    },
    async remove(ids: string[]) {
      for (const id of ids) forget(id)
    },
    async clear() {
      engine.removeAll()
      documentFrequency.clear()
      termsOf.clear()
      tagsOf.clear()
    },
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      const filter = Object.entries(options.filter ?? {})
      const allowed = (id: string) =>
        filter.every(([key, values]) => tagsOf.get(id)?.[key]?.some((value) => values.includes(value)))
      const limit = options.limit ?? 10
      const hits: SearchHit[] = []
      for (const hit of engine.search(informative(query).join(SEP))) {
        const id = String(hit.id)
        if (allowed(id)) hits.push({ id, score: hit.score })
        if (hits.length >= limit) break
      }
      return hits
    },
  }
}
