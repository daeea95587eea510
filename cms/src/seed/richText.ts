/** Turns plain paragraphs into Payload's Lexical JSON; a paragraph starting with "## " becomes a heading. */

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const block = (text: string) => {
  const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
  if (text.startsWith('## '))
    return { ...base, type: 'heading', tag: 'h2', children: [textNode(text.slice(3))] }
  return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(text)] }
}

export function richText(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((p) => block(p.trim())),
    },
  }
}

/** The plain text back out of Lexical JSON, for the PDF and for checks. */
export function plainText(value: ReturnType<typeof richText>): string[] {
  return value.root.children.map((node) => node.children.map((child) => child.text).join(''))
}
