/**
 * The search box's link to Pagefind. The index has two tiers, each in parts (parts.ts): the lead (titles, summaries,
 * headings, document numbers) answers first; the full text is loaded only when the lead has too few hits or the
 * reader asks for more than it holds, because its word chunks for common words ("dang", "vien") are what a search
 * used to download. Queries are rewritten into the Pagefind form (đ → d + mark) and results back into đ.
 */
import { fromPagefindForm, toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import { PAGE_SIZE, PAGEFIND_OPTIONS, PAGEFIND_URL } from './options.ts'
import { LEAD_FOLDER, type PartsList } from './parts.ts'
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
interface PagefindInstance {
  options(options: object): Promise<void>
  init(): Promise<void>
  mergeIndex(indexPath: string, options: object): Promise<void>
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>
  debouncedSearch(
    term: string,
    options: { filters?: Record<string, string> },
    ms: number,
  ): Promise<PagefindSearch | null>
}
interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean }): PagefindInstance
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
  /** Hits known so far: the lead's until the full text has been searched, then every page's. */
  readonly total: number
  /** True once the full text has been searched: `total` is then every hit. */
  readonly complete: boolean
  /** Loads the hits from `start`, `count` of them (fewer at the end); past the lead's hits it loads the full text. */
  hits(start: number, count: number): Promise<SearchHit[]>
}

export interface SearchOptions {
  /** Typing pause before searching (Pagefind's debounce), in milliseconds. */
  debounceMs?: number
  /** The lead answers alone when it has at least this many hits (the first page of results). */
  enough?: number
}

export interface SiteSearch {
  /** Null when a newer search superseded this one (the user kept typing). */
  search(query: string, filters: Record<string, string>, options?: SearchOptions): Promise<SearchPage | null>
}

type Tier = () => Promise<PagefindInstance>

/** One tier's Pagefind instance over every part, made on first use; each part gets the shared options. */
function tier(module: PagefindModule, folders: string[]): Tier {
  return once(async () => {
    const [first, ...others] = folders
    // No web worker: it is a second copy of Pagefind's search code (42 KB), a sixth of a search's download, for a
    // search that takes milliseconds on the page's own thread.
    const instance = module.createInstance({ basePath: first as string, noWorker: true })
    await instance.options(PAGEFIND_OPTIONS)
    await instance.init()
    await Promise.all(others.map((folder) => instance.mergeIndex(folder, PAGEFIND_OPTIONS)))
    return instance
  })
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

const wordsOf = (form: string) => form.replace(/"/g, ' ').split(/\s+/).filter(Boolean)

/**
 * Pagefind ignores a query word its index lacks. With the index in parts that happens part by part: a part without
 * "viên" would answer "dang vien" with every page saying "đảng". Keep the pages that match each word the tier has,
 * as one index would; the words' own searches read the same index chunks, so they cost no download. In the lead,
 * a word it lacks may still be in the full text, so there every word must match (`strict`).
 */
async function matchingEveryWord(
  instance: PagefindInstance,
  form: string,
  results: PagefindResult[],
  strict: boolean,
) {
  const words = wordsOf(form)
  if (words.length < 2 || results.length === 0) return results
  const found = await Promise.all(words.map((word) => instance.search(word)))
  const sets = found
    .filter((f) => strict || f.results.length > 0)
    .map((f) => new Set(f.results.map((r) => r.id)))
  return results.filter((result) => sets.every((set) => set.has(result.id)))
}

async function fullResults(full: Tier, form: string, filters: Record<string, string>) {
  const instance = await full()
  const found = await instance.search(form, { filters })
  return matchingEveryWord(instance, form, found.results, false)
}

const hitsOf = (results: PagefindResult[]) =>
  Promise.all(results.map(async (result) => toHit(await result.data())))

/**
 * The lead's hits, then the full text's that the lead lacks. The full text's own order puts the lead's pages
 * (title matches) first, so they are skipped by address as the list is read on.
 */
function leadThenFull(lead: PagefindResult[], loadFull: () => Promise<PagefindResult[]>): SearchPage {
  const known: SearchHit[] = []
  const seen = new Set<string>()
  let full: PagefindResult[] | undefined
  let next = 0
  const more = async (until: number) => {
    while (known.length < until && known.length < lead.length) {
      const batch = await hitsOf(lead.slice(known.length, until))
      for (const hit of batch) seen.add(hit.url)
      known.push(...batch)
    }
    if (known.length >= until) return
    full ??= await loadFull()
    while (known.length < until && next < full.length) {
      const batch = full.slice(next, next + (until - known.length))
      next += batch.length
      for (const hit of await hitsOf(batch)) {
        if (seen.has(hit.url)) continue
        seen.add(hit.url)
        known.push(hit)
      }
    }
  }
  return {
    get total() {
      return full ? Math.max(full.length, known.length) : lead.length
    },
    get complete() {
      return full !== undefined
    },
    async hits(start, count) {
      await more(start + count)
      return known.slice(start, start + count)
    },
  }
}

/** A page of one tier's results, complete. */
function allOf(results: PagefindResult[]): SearchPage {
  return {
    total: results.length,
    complete: true,
    hits: (start, count) => hitsOf(results.slice(start, start + count)),
  }
}

/** A site with nothing to search yet has no part: it answers every search with nothing. */
const EMPTY: SiteSearch = { search: async () => allOf([]) }

/** A promise kept once it succeeds; a failure lets the next call try again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    loading ??= load()
    loading.catch(() => {
      loading = undefined
    })
    return loading
  }
}

const partsLists = new Map<string, () => Promise<PartsList>>()

/** The parts list (parts.json), fetched once per address. */
function partsList(url: string): Promise<PartsList> {
  let load = partsLists.get(url)
  if (!load) {
    load = once(async () => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`Không tải được chỉ mục tìm kiếm (${response.status}).`)
      return (await response.json()) as PartsList
    })
    partsLists.set(url, load)
  }
  return load()
}

/** The years the year filter offers, newest first: only the parts list is read, not Pagefind. */
export async function loadYears(url = PAGEFIND_URL): Promise<string[]> {
  return [...((await partsList(url)).years ?? [])].sort((a, b) => b.localeCompare(a))
}

const searches = new Map<string, () => Promise<SiteSearch>>()

/**
 * Pagefind's module and the lead tier, loaded on first use (they are not part of the page's bundle). `url` is the
 * parts list (parts.json); the full tier waits for a search that needs it.
 */
export function loadSearch(url = PAGEFIND_URL): Promise<SiteSearch> {
  let load = searches.get(url)
  if (!load) {
    load = once(() => openSearch(url))
    searches.set(url, load)
  }
  return load()
}

async function openSearch(url: string): Promise<SiteSearch> {
  const list = await partsList(url)
  if (!list.parts[0]) return EMPTY
  const base = url.slice(0, url.lastIndexOf('/') + 1)
  const fullFolders = list.parts.map((part) => `${base}${part}/`)
  const leadFolders = fullFolders.map((folder) => `${folder}${LEAD_FOLDER}/`)
  const module = (await import(/* @vite-ignore */ `${leadFolders[0]}pagefind.js`)) as PagefindModule
  const lead = tier(module, leadFolders)
  const full = tier(module, fullFolders)
  await lead()
  return {
    async search(query, filters, { debounceMs = 0, enough = PAGE_SIZE } = {}) {
      const form = toPagefindForm(query.trim())
      const instance = await lead()
      const found = await instance.debouncedSearch(form, { filters }, debounceMs)
      if (!found) return null
      const leadHits = await matchingEveryWord(instance, form, found.results, true)
      if (leadHits.length >= enough) return leadThenFull(leadHits, () => fullResults(full, form, filters))
      return allOf(await fullResults(full, form, filters))
    },
  }
}
