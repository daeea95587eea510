/**
 * The search index in parts (phần chỉ mục): pages grouped by publication month, oldest first, into parts of at least
 * `partPages` pages, one Pagefind bundle each, named by a digest of the pages in it. An edit re-indexes only its
 * part; new items land in the newest part, so older parts keep their bounds; the browser merges the parts
 * (mergeIndex). Parts stay few because each one costs the reader a few requests per search.
 */
import { createHash } from 'node:crypto'

/** Lists the parts' folders (relative to /pagefind/), written beside them; the search client reads it first. */
export const PARTS_FILE = 'parts.json'

export interface PartsList {
  parts: string[]
  /** Every value of the year filter, so the search box offers them without loading Pagefind's filter chunks. */
  years?: string[]
}

/**
 * Each part's folder holds the full text's bundle and, in this subfolder, the lead's (lead.ts): the search reads the
 * lead first and the full text only when it needs it.
 */
export const LEAD_FOLDER = 'lead'

/** Pages per part at least (the newest part may hold fewer); SEARCH_PART_PAGES overrides it. */
export const PART_PAGES = 2000
/** A bigger site gets bigger parts (doubling, so the bounds rarely move), never more than this many. */
const MAX_PARTS = 8

const BODY = 'data-pagefind-body'
/** Pages with no date sort first, in a part of their own bounds. */
const UNDATED = '0000-00'

/**
 * The month a built page belongs to, read cheaply from its raw HTML (no parse): its first <time datetime> after the
 * body mark, else its year filter (month 00), else undated.
 */
export function monthOf(html: string): string {
  const body = html.indexOf(BODY)
  const from = body < 0 ? html : html.slice(body)
  const dated = /datetime="(\d{4})-(\d{2})/.exec(from)
  if (dated) return `${dated[1]}-${dated[2]}`
  const year = /year:(\d{4})/.exec(from)?.[1]
  return year ? `${year}-00` : UNDATED
}

/**
 * Groups months into parts, oldest first, closing a part once it holds `partPages` pages (doubled until there are at
 * most MAX_PARTS). Returns each month's part name: "<first month>_<last month>".
 */
export function partsByMonth(
  pagesPerMonth: Map<string, number>,
  partPages = PART_PAGES,
): Map<string, string> {
  const total = [...pagesPerMonth.values()].reduce((sum, n) => sum + n, 0)
  let target = Math.max(1, partPages)
  while (total > target * MAX_PARTS) target *= 2
  const months = [...pagesPerMonth.keys()].sort()
  const partOf = new Map<string, string>()
  let group: string[] = []
  let count = 0
  const close = () => {
    const name = `${group[0]}_${group.at(-1)}`
    for (const month of group) partOf.set(month, name)
    group = []
    count = 0
  }
  for (const month of months) {
    group.push(month)
    count += pagesPerMonth.get(month) ?? 0
    if (count >= target) close()
  }
  if (group.length) close()
  return partOf
}

export const digestOf = (text: string | Buffer): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16)

/** A part's folder name: its bounds and a digest of its pages (URL and content) and of how they are indexed. */
export function partFolder(part: string, pages: { url: string; digest: string }[], indexer: string): string {
  const lines = pages.map((page) => `${page.url} ${page.digest}`).sort()
  return `${part}-${digestOf(`${indexer}\n${lines.join('\n')}`)}`
}
