/** The answer bank as a searchable index: FAQ entries in, ranked matches with a confidence out. */
import { coverage, foldedTerms, matchTerms, overlap, TermWeights } from './confidence.ts'
import type { SearchHit, SearchIndex } from './types.ts'
import { readerTags } from './visibility.ts'

export interface FaqEntry {
  id: string
  question: string
  alternatives: string[]
  /** The answer: searched too, weighing less than the question and its phrasings. */
  answer?: string
  /** Who may see it, as visibility tags (see `visibilityTags`). */
  visibleTo: string[]
}

export interface FaqMatch extends SearchHit {
  /** 0..1: how closely the question matches the entry's best phrasing. */
  confidence: number
}

export interface FaqMatchOptions {
  /** The signed-in user (or none): what they may read decides what is searched. */
  reader?: unknown
  /** Visibility tags to search instead of the reader's (tests, benchmarks). */
  visibleTo?: string[]
  limit?: number
}

const tagsOf = (options: FaqMatchOptions) => options.visibleTo ?? readerTags(options.reader)

/** Candidates the search returns before confidence decides; enough to recover from a poor rank. */
const CANDIDATES = 20

/** How much less sure the bank is of an entry when one ranked below it fits at least as well. */
const AMBIGUOUS = 0.2

interface Known {
  /** Each phrasing's folded terms. */
  phrasings: Set<string>[]
  /** Every phrasing's terms together, exact and folded. */
  asked: Set<string>
  answer: Set<string>
}

export class FaqBank {
  private phrasings = new Map<string, Known>()
  private weights: TermWeights | undefined

  constructor(readonly index: SearchIndex) {}

  get size(): number {
    return this.phrasings.size
  }

  async upsert(entries: FaqEntry[]): Promise<void> {
    for (const entry of entries) {
      const texts = [entry.question, ...entry.alternatives]
      const asked = new Set(texts.flatMap((t) => [...matchTerms(t)]))
      const phrasings = texts.map((t) => foldedTerms(t))
      this.phrasings.set(entry.id, { phrasings, asked, answer: matchTerms(entry.answer ?? '') })
    }
    this.weights = undefined
    await this.index.upsert(
      entries.map((e) => ({
        id: e.id,
        texts: [e.question, ...e.alternatives],
        body: e.answer ? [e.answer] : [],
        tags: { visibleTo: e.visibleTo },
      })),
    )
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.phrasings.delete(id)
    this.weights = undefined
    await this.index.remove(ids)
  }

  async replaceAll(entries: FaqEntry[]): Promise<void> {
    this.phrasings.clear()
    await this.index.clear()
    await this.upsert(entries)
  }

  /** Ranked by the search engine, for the FAQ search box. */
  search(query: string, options: FaqMatchOptions): Promise<SearchHit[]> {
    return this.index.search(query, { limit: options.limit ?? 10, filter: { visibleTo: tagsOf(options) } })
  }

  /** The engine's best candidates, each with the confidence that it answers the question. */
  async match(question: string, options: FaqMatchOptions): Promise<FaqMatch[]> {
    const hits = await this.index.search(question, {
      limit: Math.max(CANDIDATES, options.limit ?? 1),
      filter: { visibleTo: tagsOf(options) },
    })
    const weights = this.termWeights()
    const asked = matchTerms(question, true)
    const askedFolded = foldedTerms(question, true)
    const scored = hits.map((hit) => {
      const known = this.phrasings.get(hit.id)
      if (!known) return { ...hit, confidence: 0 }
      // The closest single phrasing, and how much of the question the entry covers together (answer
      // included); the phrasing counts twice, so sharing a topic's words is not enough to answer alone.
      const closest = Math.max(0, ...known.phrasings.map((p) => overlap(askedFolded, p, weights)))
      const covered = coverage(asked, known.asked, known.answer, weights)
      const confidence = (2 * closest + covered) / 3
      return { ...hit, confidence }
    })
    // Order by confidence and the engine's score together: the engine weighs rare words well, the
    // confidence sees word pairs and whole phrasings (unaccented queries are ambiguous to the engine).
    const top = Math.max(...scored.map((s) => s.score), Number.EPSILON)
    const rank = (s: FaqMatch) => s.confidence + (0.3 * s.score) / top
    scored.sort((a, b) => rank(b) - rank(a))
    // An entry ranked above one that fits at least as well is less sure: two entries fit the question,
    // and a person should pick, not the bank.
    const sure = scored.map((s, i) => {
      const rival = Math.max(0, ...scored.slice(i + 1).map((r) => r.confidence))
      return rival >= s.confidence ? { ...s, confidence: Math.max(0, s.confidence - AMBIGUOUS) } : s
    })
    return sure.slice(0, options.limit ?? 1)
  }

  private termWeights(): TermWeights {
    this.weights ??= new TermWeights(
      [...this.phrasings.values()].map((known) => new Set([...known.asked, ...known.answer])),
    )
    return this.weights
  }
}
