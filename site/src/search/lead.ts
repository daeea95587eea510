/**
 * The lead (phần đầu) of a page: what readers search by and what the first screen of results needs, indexed apart
 * from the full text so a search for common words downloads little. It keeps the headings (a FAQ's questions, with
 * their ids for the anchors), the elements a template marks with `data-search-lead` (a news summary and meta line,
 * a document's number, type, issuer and summary) and the elements that carry Pagefind filters or meta; a body that
 * is marked itself (a FAQ category page) is kept whole.
 */
import { attr, childrenOf, isElement, type T, textNode, textOf } from './tree.ts'

export const LEAD_ATTR = 'data-search-lead'

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const PAGEFIND_VALUES = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort']

const inLead = (el: T.Element) =>
  HEADINGS.has(el.tagName) ||
  attr(el, LEAD_ATTR) !== undefined ||
  PAGEFIND_VALUES.some((name) => attr(el, name) !== undefined)

/** The lead elements under `node`, outermost only, in page order; what the page asks Pagefind to ignore stays out. */
function leadElements(node: T.Node, into: T.Element[] = []): T.Element[] {
  for (const child of childrenOf(node)) {
    if (!isElement(child) || attr(child, 'data-pagefind-ignore') !== undefined) continue
    if (inLead(child)) into.push(child)
    else leadElements(child, into)
  }
  return into
}

/**
 * Reduces each body, in place, to its lead elements in page order. A space goes between them, since Pagefind joins
 * the text of adjacent elements without one.
 */
export function keepLead(bodies: T.Element[]): void {
  for (const body of bodies) {
    if (attr(body, LEAD_ATTR) !== undefined) continue
    const kept = leadElements(body)
    const children: T.ChildNode[] = []
    for (const el of kept) {
      if (children.length) children.push(textNode(' ', body))
      el.parentNode = body
      children.push(el)
    }
    body.childNodes = children
  }
}

/** True when the lead has any text (Pagefind's markers have none): a page without it is left out of the lead. */
export const hasLead = (bodies: T.Element[]) => bodies.some((body) => textOf(body).trim() !== '')
