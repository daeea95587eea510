/**
 * Turns one built page into what Pagefind indexes: the text inside data-pagefind-body in the Pagefind form
 * (đ → d + mark, see content-schemas/src/text/pagefindForm.ts), plus the `kind` and `year` filters and the
 * `kind`/`date` meta the results show. URLs, attributes and filter values stay as written.
 */
import { viDate } from '@sotay/content-schemas/text/dates'
import { toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import { parse, serialize } from 'parse5'
import { kindFromUrl } from './kinds.ts'
import { hasLead, keepLead } from './lead.ts'
import { attr, childrenOf, find, findAll, isElement, type T, textOf } from './tree.ts'

export interface PreparedPage {
  html: string
  /** The same page reduced to its lead (lead.ts), or null when it has none. */
  lead: string | null
  kind?: string
  /** The year filter added from the page's date (undefined when the page gives its own). */
  year?: string
  /** Every value of the page's year filter, its own or added. */
  years: string[]
}

const BODY = 'data-pagefind-body'
/** Attributes whose element text is a filter, meta or sort value unless the attribute holds `name:value`. */
const VALUE_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort']
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript'])

/** Rewrites text nodes in place, leaving scripts and elements whose text is a filter/meta value. */
function rewriteText(node: T.Node): void {
  for (const child of childrenOf(node)) {
    if (child.nodeName === '#text') {
      const text = child as T.TextNode
      text.value = toPagefindForm(text.value)
    } else if (isElement(child)) {
      if (SKIP_TAGS.has(child.tagName)) continue
      const valueFromText = VALUE_ATTRS.some((name) => {
        const value = attr(child, name)
        return value !== undefined && !value.includes(':')
      })
      if (!valueFromText) rewriteText(child)
    }
  }
}

/** The filters the page already sets (`kind:…`, or `kind` with the value as text), with their values. */
function declaredFilters(root: T.Node): Map<string, string[]> {
  const filters = new Map<string, string[]>()
  const walk = (node: T.Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue
      const value = attr(child, 'data-pagefind-filter')
      if (value)
        for (const part of value.split(',')) {
          const [name = '', ...rest] = part.split(':')
          const values = filters.get(name.trim()) ?? []
          values.push((rest.length ? rest.join(':') : textOf(child)).trim())
          filters.set(name.trim(), values)
        }
      walk(child)
    }
  }
  walk(root)
  return filters
}

const isDated = (el: T.Element) =>
  el.tagName === 'time' && /^\d{4}-\d{2}-\d{2}/.test(attr(el, 'datetime') ?? '')

/**
 * The publication date as readers see it (dd/mm/yyyy): the text of the first <time datetime> in the bodies when
 * written that way, otherwise the datetime's day in Vietnam time (the one date helper).
 */
function pageDate(bodies: T.Element[]): string | undefined {
  for (const body of bodies) {
    const time = find(body, isDated)
    if (!time) continue
    const shown = textOf(time).trim()
    if (/^\d{2}\/\d{2}\/\d{4}$/.test(shown)) return shown
    return viDate(attr(time, 'datetime')) || undefined
  }
  return undefined
}

/** An empty element carrying one filter or meta in attribute form; Pagefind reads it, readers never see it. */
function marker(name: 'data-pagefind-filter' | 'data-pagefind-meta', key: string, value: string): T.Element {
  // Pagefind splits attribute values on commas; none of ours contain one.
  return {
    nodeName: 'span',
    tagName: 'span',
    attrs: [{ name, value: `${key}:${value}` }],
    namespaceURI: 'http://www.w3.org/1999/xhtml' as T.Element['namespaceURI'],
    childNodes: [],
    parentNode: null,
  }
}

/** Null when the page is not for search (no data-pagefind-body). */
export function prepareForIndex(html: string, url: string): PreparedPage | null {
  if (!html.includes(BODY)) return null
  const document = parse(html)
  const bodies = findAll(document, (el) => attr(el, BODY) !== undefined)
  const body = bodies[0]
  if (!body) return null

  const declared = declaredFilters(document)
  const date = pageDate(bodies)
  const kind = declared.has('kind') ? undefined : kindFromUrl(url)
  const year = declared.has('year') ? undefined : date?.slice(6)
  const years = declared.get('year') ?? (year ? [year] : [])

  for (const each of bodies) rewriteText(each)
  const markers: T.Element[] = []
  if (kind)
    markers.push(marker('data-pagefind-filter', 'kind', kind), marker('data-pagefind-meta', 'kind', kind))
  if (year) markers.push(marker('data-pagefind-filter', 'year', year))
  if (date) markers.push(marker('data-pagefind-meta', 'date', date))
  for (const el of markers) el.parentNode = body
  body.childNodes.unshift(...markers)
  const full = serialize(document)
  keepLead(bodies)
  return { html: full, lead: hasLead(bodies) ? serialize(document) : null, kind, year, years }
}
