/** Renders Payload's Lexical JSON to safe HTML: only known nodes, every text and attribute escaped. */

interface LexicalNode {
  type?: string
  tag?: string
  listType?: string
  text?: string
  format?: number | string
  url?: string
  fields?: { url?: string; linkType?: string; newTab?: boolean }
  children?: LexicalNode[]
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

// Lexical text format bit flags.
const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

/** Only web links and site-relative paths survive; `javascript:` and friends become plain text. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  return undefined
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & BOLD) html = `<strong>${html}</strong>`
  if (format & ITALIC) html = `<em>${html}</em>`
  if (format & UNDERLINE) html = `<u>${html}</u>`
  return html
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

function renderNode(node: LexicalNode): string {
  const inner = () => (node.children ?? []).map(renderNode).join('')
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${inner()}</p>`
    case 'heading': {
      // The page title is the only h1; a body "h1" reads as a section heading.
      const tag = HEADINGS.has(node.tag ?? '') ? node.tag : 'h2'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return inner()
      const external = /^https?:/i.test(href) ? ' rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${external}>${inner()}</a>`
    }
    default:
      // Unknown blocks (uploads, embeds...) keep only their text.
      return inner()
  }
}

/** HTML for a rich-text field value; empty string for anything that is not Lexical JSON. */
export function lexicalToHtml(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return root.children.map(renderNode).join('\n')
}

/** The plain text of a rich-text value, paragraph by paragraph (for the listen button and RSS). */
export function lexicalToText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join('')
  return (root?.children ?? []).map(walk).join('\n\n').trim()
}
