/**
 * The search box's link to Pagefind: loads the index parts once (the first part's pagefind.js, the others merged
 * into it with mergeIndex), rewrites the query into the Pagefind form (đ → d + stroke) and results back into đ,
 * and turns Pagefind's data into what the list shows.
 */
import { fromPagefindForm, toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import { PAGEFIND_OPTIONS, PAGEFIND_URL } from './options.ts'
import type { PartsList } from './parts.ts'
import { matchedQuestion, type PagefindSubResult } from './subResults.ts'

/** The part of Pagefind's browser API we use. */
interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  sub_results?: PagefindSubResult[]
}
interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}
interface PagefindSearch {
  results: PagefindResult[]
}
export type FilterCounts = Record<string, Record<string, number>>
interface PagefindApi {
  options(options: object): Promise<void>
  init(): Promise<void>
  mergeIndex(indexPath: string, options: object): Promise<void>
  filters(): Promise<FilterCounts>
  search(term: string): Promise<PagefindSearch>
  debouncedSearch(
    term: string,
    options: { filters?: Record<string, string> },
    ms: number,
  ): Promise<PagefindSearch | null>
}

export interface SearchHit {
  url: string
  title: string
  /** HTML from Pagefind: the page's text, escaped, with matched words in <mark>. */
  excerpt: string
  kind?: string
  date?: string
}

export interface SearchPage {
  total: number
  /** Loads the hits from `start`, `count` of them. */
  hits(start: number, count: number): Promise<SearchHit[]>
}

let loading: Promise<PagefindApi> | undefined

/** A site with nothing to search yet has no part: it answers every search with nothing. */
const EMPTY_INDEX: PagefindApi = {
  options: async () => {},
  init: async () => {},
  mergeIndex: async () => {},
  filters: async () => ({}),
  search: async () => ({ results: [] }),
  debouncedSearch: async () => ({ results: [] }),
}

/**
 * Pagefind's module, loaded on first use (it is not part of the page's bundle). `url` is the parts list
 * (parts.json); each part gets the shared options, since Pagefind applies options() to the first part only.
 */
export function loadPagefind(url = PAGEFIND_URL): Promise<PagefindApi> {
  loading ??= (async () => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`Không tải được chỉ mục tìm kiếm (${response.status}).`)
    const { parts } = (await response.json()) as PartsList
    const base = url.slice(0, url.lastIndexOf('/') + 1)
    const [first, ...others] = parts
    if (!first) return EMPTY_INDEX
    const api = (await import(/* @vite-ignore */ `${base}${first}/pagefind.js`)) as PagefindApi
    await api.options(PAGEFIND_OPTIONS)
    await api.init()
    await Promise.all(others.map((part) => api.mergeIndex(`${base}${part}/`, PAGEFIND_OPTIONS)))
    return api
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

export function toHit(data: PagefindResultData): SearchHit {
  const question = matchedQuestion(data.meta.kind, data.sub_results)
  return {
    url: question?.url ?? data.url,
    title: fromPagefindForm(question?.title ?? data.meta.title ?? data.url),
    excerpt: fromPagefindForm(question?.excerpt ?? data.excerpt),
    kind: data.meta.kind,
    date: data.meta.date,
  }
}

/**
 * Pagefind ignores a query word its index lacks. With the index in parts that happens part by part: a part without
 * "viên" would answer "dang vien" with every page saying "đảng". Keep the pages that match each word the site has,
 * as one index would; the words' own searches read the same index chunks, so they cost no download.
 */
async function matchingEveryWord(api: PagefindApi, form: string, results: PagefindResult[]) {
  const words = form.replace(/"/g, ' ').split(/\s+/).filter(Boolean)
  if (words.length < 2 || results.length === 0) return results
  const found = await Promise.all(words.map((word) => api.search(word)))
  const sets = found.filter((f) => f.results.length > 0).map((f) => new Set(f.results.map((r) => r.id)))
  return results.filter((result) => sets.every((set) => set.has(result.id)))
}

/** Null when a newer search superseded this one (the user kept typing). */
export async function search(
  api: PagefindApi,
  query: string,
  filters: Record<string, string>,
  debounceMs: number,
): Promise<SearchPage | null> {
  const form = toPagefindForm(query.trim())
  const found = await api.debouncedSearch(form, { filters }, debounceMs)
  if (!found) return null
  const results = await matchingEveryWord(api, form, found.results)
  return {
    total: results.length,
    hits: async (start, count) =>
      Promise.all(results.slice(start, start + count).map(async (r) => toHit(await r.data()))),
  }
}
