/** The kinds of page search knows (loại), as shown in the "Loại" filter, and the URL folders they live under. */

export const SEARCH_KINDS = ['tin tức', 'văn bản', 'chuyên đề', 'hỏi đáp'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** First URL segment → kind; a page may also say its kind itself with data-pagefind-filter="kind:…". */
const KIND_BY_FOLDER: Record<string, SearchKind> = {
  'tin-tuc': 'tin tức',
  'van-ban': 'văn bản',
  'chuyen-de': 'chuyên đề',
  'hoc-tap': 'chuyên đề',
  'hoi-dap': 'hỏi đáp',
}

export function kindFromUrl(url: string): SearchKind | undefined {
  const folder = url.split('/').filter(Boolean)[0] ?? ''
  return KIND_BY_FOLDER[folder]
}
