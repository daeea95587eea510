/** The passages of a text that best answer a query: paragraphs scored by the query's words they hold, accents or not. */
import { searchTerms } from '@sotay/content-schemas'

/** Words too common in party texts to point at a passage on their own. */
const COMMON = new Set([
  'va',
  'cua',
  'cac',
  'la',
  'co',
  'cho',
  'the',
  'nao',
  'gi',
  'toi',
  'minh',
  'duoc',
  'khong',
  'a',
])
const MAX_CHARS = 360

export interface Passage {
  text: string
  score: number
}

const terms = (text: string) => searchTerms(text).filter((t) => !COMMON.has(t))

/** Neighbouring syllables: most Vietnamese words are two, so a matching pair weighs more than two loose ones. */
const pairs = (words: string[]) => new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`))

/** A long paragraph is cut around its first match, on word boundaries. */
function clip(paragraph: string, asked: string[]): string {
  if (paragraph.length <= MAX_CHARS) return paragraph
  const folded = searchTerms(paragraph).join(' ')
  const at = Math.max(
    0,
    ...asked
      .map((t) => folded.indexOf(t))
      .filter((i) => i >= 0)
      .slice(0, 1),
  )
  // The folded text keeps words in order, so the share of words before the match places the cut.
  const start = Math.max(0, Math.floor((at / Math.max(folded.length, 1)) * paragraph.length) - 80)
  const from = start ? paragraph.indexOf(' ', start) + 1 : 0
  const cut = paragraph.slice(from, from + MAX_CHARS)
  return `${from ? '…' : ''}${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`
}

export function bestPassages(query: string, paragraphs: string[], limit = 1): Passage[] {
  const asked = terms(query)
  if (!asked.length) return []
  const askedPairs = pairs(searchTerms(query))
  const scored = paragraphs.map((text) => {
    const words = searchTerms(text)
    const have = new Set(words)
    const hits = asked.filter((t) => have.has(t)).length
    const pairHits = [...pairs(words)].filter((p) => askedPairs.has(p)).length
    return { text, score: hits / asked.length + pairHits / Math.max(askedPairs.size, 1) }
  })
  return scored
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((p) => ({ text: clip(p.text, asked), score: p.score }))
}
