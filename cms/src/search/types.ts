/** The one server-side search interface: an embedded engine by default, Meilisearch when MEILI_URL is set. */

/** One searchable document: its text (as written, with accents) and the tags a search may filter on. */
export interface SearchDoc {
  id: string
  /** Text fields as written; the engine indexes each both exactly and accent-folded. */
  texts: string[]
  /** Longer text that is searched too but weighs less (an FAQ entry's answer). */
  body?: string[]
  /** Filterable tags, e.g. `{ visibleTo: ['public'] }`. */
  tags: Record<string, string[]>
}

export interface SearchHit {
  id: string
  score: number
}

export interface SearchOptions {
  limit?: number
  /** Keep documents whose tag `key` shares at least one value with the given list. */
  filter?: Record<string, string[]>
}

export interface SearchIndex {
  upsert(docs: SearchDoc[]): Promise<void>
  remove(ids: string[]): Promise<void>
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>
  /** Drops every document (used before a rebuild). */
  clear(): Promise<void>
}
