/** Payload's Lexical JSON to safe HTML with Payload's own converters; ours only where the site differs. */
import type {
  LinkFields,
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  HeadingHTMLConverter,
  type HTMLConverter,
  type HTMLConvertersFunction,
  ListHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import { publicMedia } from './media.ts'
import { isPublicAndPublished } from './visibility.ts'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Only web links and site-relative paths survive; `javascript:` and friends become plain text. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  return undefined
}

/** Where each linkable collection's pages live on the site. */
const PAGE_PREFIX: Record<string, string> = {
  news: '/tin-tuc/',
  documents: '/van-ban/',
  'study-topics': '/hoc-tap/',
}

/**
 * A link to one of our own pages, only when the CMS handed us the linked item as public and published:
 * an id alone means the anonymous build may not see it, so it would be a dead link.
 */
function internalHref(doc: LinkFields['doc']): string | undefined {
  const prefix = PAGE_PREFIX[doc?.relationTo ?? '']
  const item = doc?.value
  if (!prefix || !item || typeof item !== 'object') return undefined
  if (!isPublicAndPublished(item) || typeof item.slug !== 'string') return undefined
  return `${prefix}${encodeURIComponent(item.slug)}/`
}

// Payload's link converter turns `javascript:` into "#"; we keep the words and drop the link altogether.
const link: HTMLConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({
  node,
  nodesToHTML,
  providedStyleTag,
}) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  // Links saved before Payload 3 kept their address on the node itself, with no fields.
  const fields: Partial<LinkFields> = node.fields ?? {}
  const url = fields.url ?? (node as { url?: unknown }).url
  const href = fields.linkType === 'internal' ? internalHref(fields.doc) : safeHref(url)
  if (!href) return children
  const external = /^https?:/i.test(href) ? ' rel="noopener noreferrer"' : ''
  const newTab = fields.newTab && external ? ' target="_blank"' : ''
  return `<a${providedStyleTag} href="${escapeHtml(href)}"${external}${newTab}>${children}</a>`
}

/** Our media only, from the site's origin; a private or unpopulated file leaves nothing behind. */
const upload: HTMLConverter<SerializedUploadNode> = ({ node, providedStyleTag }) => {
  const media = publicMedia(node.value)
  if (!media) return ''
  const src = escapeHtml(media.url)
  if (!media.mimeType.startsWith('image/'))
    return `<a${providedStyleTag} href="${src}">${escapeHtml(media.filename || media.url)}</a>`
  const own = (node.fields as { alt?: unknown } | undefined)?.alt
  const alt = typeof own === 'string' && own ? own : media.alt
  const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
  return `<img${providedStyleTag} src="${src}" alt="${escapeHtml(alt)}"${size} loading="lazy" decoding="async">`
}

const libraryHeading = HeadingHTMLConverter.heading as Exclude<HTMLConverter<SerializedHeadingNode>, string>
const BODY_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
const libraryList = ListHTMLConverter.list as Exclude<HTMLConverter<SerializedListNode>, string>
const libraryListItem = ListHTMLConverter.listitem as Exclude<HTMLConverter<SerializedListItemNode>, string>

const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // The page title is the only h1; a body "h1" (or an unknown tag, which Payload makes h1) is a section heading.
  heading: (args) =>
    libraryHeading({
      ...args,
      node: { ...args.node, tag: BODY_HEADINGS.has(args.node.tag) ? args.node.tag : 'h2' },
    }),
  // A numbered list is an <ol> even when the stored node lacks its tag (Payload would make it <ul>).
  list: (args) =>
    libraryList({
      ...args,
      node: { ...args.node, tag: args.node.listType === 'number' || args.node.tag === 'ol' ? 'ol' : 'ul' },
    }),
  // Lexical numbers items from 1; a stored item without its number would print value="undefined".
  listitem: (args) =>
    libraryListItem({ ...args, node: { ...args.node, value: args.node.value ?? args.childIndex + 1 } }),
  link,
  autolink: link,
  upload,
  // Relationships, blocks and embeds we do not know keep only their text (Payload would print "unknown node").
  unknown: ({ node, nodesToHTML }) => {
    const children = (node as { children?: unknown }).children
    return Array.isArray(children) ? nodesToHTML({ nodes: children }).join('') : ''
  },
})

/** HTML for a rich-text field value; empty string for anything that is not Lexical JSON. */
export function lexicalToHtml(value: unknown): string {
  const root = (value as { root?: { children?: unknown } } | null)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return convertLexicalToHTML({
    data: value as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters,
    // The page wraps the body in its own `.prose` element.
    disableContainer: true,
  })
}
