/** Rich text (Lexical JSON) to safe HTML for the member app, with Payload's converters; links and files made safe. */
import type {
  LinkFields,
  SerializedAutoLinkNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Web links, mail and site paths only; anything else (`javascript:`) keeps its words and loses the link. */
function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^(https?:\/\/|mailto:)/i.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  return undefined
}

const link: HTMLConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToHTML }) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  const fields: Partial<LinkFields> = node.fields ?? {}
  // An internal link's target may be one the member cannot read; its words are enough.
  const href = fields.linkType === 'internal' ? undefined : safeHref(fields.url)
  if (!href) return children
  const external = /^https?:/i.test(href) ? ' rel="noopener noreferrer" target="_blank"' : ''
  return `<a href="${escapeHtml(href)}"${external}>${children}</a>`
}

/** A file the query populated was readable by the member (access ran); an id alone was not, and shows nothing. */
const upload: HTMLConverter<SerializedUploadNode> = ({ node }) => {
  const media = node.value as { url?: string; mimeType?: string; alt?: string; filename?: string } | number
  if (typeof media !== 'object' || !media?.url?.startsWith('/')) return ''
  const src = escapeHtml(media.url)
  if (!media.mimeType?.startsWith('image/'))
    return `<a href="${src}">${escapeHtml(media.filename ?? media.url)}</a>`
  return `<img src="${src}" alt="${escapeHtml(media.alt ?? '')}" loading="lazy" decoding="async">`
}

const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link,
  autolink: link,
  upload,
  unknown: ({ node, nodesToHTML }) => {
    const children = (node as { children?: unknown }).children
    return Array.isArray(children) ? nodesToHTML({ nodes: children }).join('') : ''
  },
})

export function richTextHtml(value: unknown): string {
  const root = (value as { root?: { children?: unknown } } | null)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return convertLexicalToHTML({
    data: value as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters,
    disableContainer: true,
  })
}
