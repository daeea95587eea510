/**
 * The search box's link to Pagefind: loads /pagefind/pagefind.js once, rewrites the query into the Pagefind
 * form (đ → d + stroke) and results back into đ, and turns Pagefind's data into what the list shows.
 */
import { fromPagefindForm, toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import { PAGEFIND_OPTIONS, PAGEFIND_URL } from './options.ts'
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
  filters(): Promise<FilterCounts>
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

/** Pagefind's module, loaded on first use (it is not part of the page's bundle). */
export function loadPagefind(url = PAGEFIND_URL): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi
    await api.options(PAGEFIND_OPTIONS)
    await api.init()
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

/** Null when a newer search superseded this one (the user kept typing). */
export async function search(
  api: PagefindApi,
  query: string,
  filters: Record<string, string>,
  debounceMs: number,
): Promise<SearchPage | null> {
  const found = await api.debouncedSearch(toPagefindForm(query.trim()), { filters }, debounceMs)
  if (!found) return null
  return {
    total: found.results.length,
    hits: async (start, count) =>
      Promise.all(found.results.slice(start, start + count).map(async (r) => toHit(await r.data()))),
  }
}
