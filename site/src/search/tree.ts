/** Small helpers over parse5's tree, for preparing pages for the index. */
import type { DefaultTreeAdapterTypes as T } from 'parse5'

export type { T }

export const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value
export const isElement = (node: T.Node): node is T.Element => 'tagName' in node
export const childrenOf = (node: T.Node): T.ChildNode[] => ('childNodes' in node ? node.childNodes : [])

/** Depth-first search for the first element that matches. */
export function find(node: T.Node, match: (el: T.Element) => boolean): T.Element | undefined {
  for (const child of childrenOf(node)) {
    if (isElement(child) && match(child)) return child
    const found = find(child, match)
    if (found) return found
  }
  return undefined
}

/** Every element that matches, outermost only (a match inside a match is not visited again). */
export function findAll(
  node: T.Node,
  match: (el: T.Element) => boolean,
  into: T.Element[] = [],
): T.Element[] {
  for (const child of childrenOf(node)) {
    if (isElement(child) && match(child)) into.push(child)
    else findAll(child, match, into)
  }
  return into
}

export const textOf = (node: T.Node): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : childrenOf(node).map(textOf).join('')

export function textNode(value: string, parentNode: T.ParentNode): T.TextNode {
  return { nodeName: '#text', value, parentNode }
}
