/**
 * Turns one built page into what Pagefind indexes: the text inside data-pagefind-body in the Pagefind form
 * (đ → d + stroke, see content-schemas/src/text/pagefindForm.ts), plus the `kind` and `year` filters and the
 * `kind`/`date` meta the results show. URLs, attributes and filter values stay as written.
 */
import { viDate } from '@sotay/content-schemas/text/dates'
import { toPagefindForm } from '@sotay/content-schemas/text/pagefindForm'
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5'
import { kindFromUrl } from './kinds.ts'

export interface PreparedPage {
  html: string
  kind?: string
  year?: string
}

const BODY = 'data-pagefind-body'
/** Attributes whose element text is a filter, meta or sort value unless the attribute holds `name:value`. */
const VALUE_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort']
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript'])

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value
const isElement = (node: T.Node): node is T.Element => 'tagName' in node
const childrenOf = (node: T.Node): T.ChildNode[] => ('childNodes' in node ? node.childNodes : [])

/** Depth-first search for the first element that matches. */
function find(node: T.Node, match: (el: T.Element) => boolean): T.Element | undefined {
  for (const child of childrenOf(node)) {
    if (isElement(child) && match(child)) return child
    const found = find(child, match)
    if (found) return found
  }
  return undefined
}

/** Every element that matches, outermost only (a match inside a match is not visited again). */
function findAll(node: T.Node, match: (el: T.Element) => boolean, into: T.Element[] = []): T.Element[] {
  for (const child of childrenOf(node)) {
    if (isElement(child) && match(child)) into.push(child)
    else findAll(child, match, into)
  }
  return into
}

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

/** Names of the filters the page already sets (`kind:…`, or `kind` with the value as text). */
function declaredFilters(root: T.Node): Set<string> {
  const names = new Set<string>()
  const walk = (node: T.Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue
      const value = attr(child, 'data-pagefind-filter')
      if (value) for (const part of value.split(',')) names.add(part.split(':')[0]?.trim() ?? '')
      walk(child)
    }
  }
  walk(root)
  return names
}

const textOf = (node: T.Node): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : childrenOf(node).map(textOf).join('')

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

  for (const each of bodies) rewriteText(each)
  const markers: T.Element[] = []
  if (kind)
    markers.push(marker('data-pagefind-filter', 'kind', kind), marker('data-pagefind-meta', 'kind', kind))
  if (year) markers.push(marker('data-pagefind-filter', 'year', year))
  if (date) markers.push(marker('data-pagefind-meta', 'date', date))
  for (const el of markers) el.parentNode = body
  body.childNodes.unshift(...markers)
  return { html: serialize(document), kind, year }
}
