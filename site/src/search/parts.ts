/**
 * The search index in parts (phần chỉ mục): one Pagefind bundle per kind and year, named by a digest of the pages
 * in it, so an edit re-indexes only the part its page belongs to and the browser merges the parts (mergeIndex).
 */
import { createHash } from 'node:crypto'
import { kindFromUrl } from './kinds.ts'

/** Lists the parts' folders (relative to /pagefind/), written beside them; the search client reads it first. */
export const PARTS_FILE = 'parts.json'

export interface PartsList {
  parts: string[]
}

/** ASCII folder names for the kinds (the kind itself is Vietnamese, with spaces and tone marks). */
const FOLDER_BY_KIND: Record<string, string> = {
  'tin tức': 'tin-tuc',
  'văn bản': 'van-ban',
  'chuyên đề': 'chuyen-de',
  'hỏi đáp': 'hoi-dap',
}

const BODY = 'data-pagefind-body'

/**
 * The part a built page belongs to, read cheaply from its raw HTML (no parse): the kind from its URL, the year from
 * its year filter or its first <time datetime> after the body mark. Any stable answer would do; this one keeps a
 * part to one kind and one year, so an edit touches a small part.
 */
export function partOf(url: string, html: string): string {
  const kind = kindFromUrl(url)
  const folder = (kind && FOLDER_BY_KIND[kind]) ?? 'trang'
  const body = html.indexOf(BODY)
  const from = body < 0 ? html : html.slice(body)
  const year = /year:(\d{4})/.exec(from)?.[1] ?? /datetime="(\d{4})-/.exec(from)?.[1] ?? 'khac'
  return `${folder}-${year}`
}

export const digestOf = (text: string | Buffer): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16)

/** A part's folder name: its key and a digest of its pages (URL and content) and of how they are indexed. */
export function partFolder(part: string, pages: { url: string; digest: string }[], indexer: string): string {
  const lines = pages.map((page) => `${page.url} ${page.digest}`).sort()
  return `${part}-${digestOf(`${indexer}\n${lines.join('\n')}`)}`
}
