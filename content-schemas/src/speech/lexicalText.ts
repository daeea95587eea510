/** Plain text out of Payload's Lexical rich text JSON, one line per block, for reading aloud and search. */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

/** Nodes whose content ends a line: paragraphs, headings, list items, quotes, table cells. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listitem',
  'quote',
  'tablecell',
  'tablerow',
  'list',
  'table',
])

function walk(node: LexicalNode, out: string[]): void {
  if (node.type === 'text' && typeof node.text === 'string') {
    out.push(node.text)
    return
  }
  if (node.type === 'linebreak') {
    out.push('\n')
    return
  }
  // Pictures, files and embeds have nothing to say aloud.
  if (node.type === 'upload' || node.type === 'relationship' || node.type === 'horizontalrule') return
  for (const child of node.children ?? []) walk(child, out)
  if (node.type && BLOCKS.has(node.type)) {
    // A heading without a full stop still deserves a pause when read.
    if (node.type === 'heading' && !/[.!?:…]\s*$/u.test(out.join('').slice(-4))) out.push('.')
    out.push('\n')
  }
}

/** Accepts the stored value (object or JSON string); anything else gives "". */
export function lexicalToPlainText(value: unknown): string {
  let data = value
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      return data as string
    }
  }
  const root = (data as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  const out: string[] = []
  walk(root, out)
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n+ */g, '\n')
    .trim()
}
