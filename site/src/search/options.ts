/** Pagefind settings shared by the search box and the tests, so both rank the same way. */

/** Passed to pagefind.options(): a word that matches the accents exactly outranks one that matches only folded. */
export const PAGEFIND_OPTIONS = {
  ranking: { diacriticSimilarity: 10 },
  excerptLength: 24,
} as const

/** The list of index parts written by indexSite (one Pagefind bundle per part, in folders beside it). */
export const PAGEFIND_URL = '/pagefind/parts.json'

/** Results rendered at first and on each "Xem thêm" (show more). */
export const PAGE_SIZE = 10

/** Typing pause before searching, in milliseconds. */
export const DEBOUNCE_MS = 300
