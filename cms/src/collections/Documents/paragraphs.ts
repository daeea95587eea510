/**
 * Rebuilds a page's paragraphs from where pdf.js put its words: a PDF knows lines, not paragraphs, so a new
 * paragraph is read from the layout (a wider gap, a first-line indent, a change of type size, a new column).
 */

/** What pdf.js tells about one run of text (unpdf's StructuredTextItem, the fields used here). */
export interface TextItem {
  str: string
  x: number
  /** Baseline, from the bottom of the page. */
  y: number
  fontSize: number
}

interface Line {
  text: string
  x: number
  y: number
  size: number
}

/** Runs on one baseline make a line (a run's own width is not trusted, so words are joined with a space). */
function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = []
  for (const item of items) {
    const text = item.str.replace(/\s+/g, ' ')
    const last = lines.at(-1)
    if (last && Math.abs(item.y - last.y) <= Math.max(1, 0.4 * last.size)) {
      if (text.trim()) last.text = joinWords(last.text, text)
      continue
    }
    if (!text.trim()) continue
    lines.push({ text: text.trim(), x: item.x, y: item.y, size: item.fontSize || 12 })
  }
  return lines
}

const joinWords = (left: string, right: string) =>
  !left
    ? right.trim()
    : /\s$/.test(left) || /^\s/.test(right)
      ? `${left}${right}`.replace(/\s+/g, ' ')
      : `${left} ${right}`

/** Does `line` start a new paragraph after `previous` on the same page? */
function breaksAfter(previous: Line, line: Line): boolean {
  if (Math.abs(line.size - previous.size) > 0.5) return true
  // Moving up the page: the next column of a two-column header, or a note placed out of order.
  if (line.y > previous.y) return true
  // Body text runs at about 1.2–1.5 × its size; a wider gap is paragraph spacing.
  if (previous.y - line.y > 1.6 * line.size) return true
  // A first-line indent.
  return line.x > previous.x + 0.8 * line.size
}

/** Paragraphs of a whole document, page after page; a paragraph that runs over a page break stays whole. */
export function paragraphsOf(pages: TextItem[][]): string[] {
  const paragraphs: string[] = []
  let previous: Line | undefined
  for (const items of pages) {
    for (const [i, line] of linesOf(items).entries()) {
      const fresh =
        !previous ||
        (i === 0
          ? Math.abs(line.size - previous.size) > 0.5 || line.x > previous.x + 0.8 * line.size
          : breaksAfter(previous, line))
      if (fresh) paragraphs.push(line.text)
      else paragraphs[paragraphs.length - 1] = joinLine(paragraphs.at(-1)!, line.text)
      previous = line
    }
  }
  return paragraphs
}

/** A word hyphenated at the line's end is glued back; otherwise the lines are joined with a space. */
const joinLine = (paragraph: string, line: string) =>
  /\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)
    ? `${paragraph.slice(0, -1)}${line}`
    : `${paragraph} ${line}`
