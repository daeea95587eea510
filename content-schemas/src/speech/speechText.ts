/** What is read aloud for each kind of content (title, summary, body), before normalisation. */
import { lexicalToPlainText } from './lexicalText.ts'

/** About 20 minutes of speech; a long document's PDF text beyond this is left to reading. */
export const SPEECH_MAX_CHARS = 20_000

/** Content types that get an audio reading. */
export const SPEECH_COLLECTIONS = ['news', 'documents', 'study-topics'] as const
export type SpeechCollection = (typeof SPEECH_COLLECTIONS)[number]

export interface SpeechSource {
  title?: unknown
  summary?: unknown
  content?: unknown
  numberSymbol?: unknown
  extractedText?: unknown
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Ends a line with a full stop if it has no punctuation, so the voice pauses between parts. */
const sentence = (line: string) => (line && !/[.!?:…]$/u.test(line) ? `${line}.` : line)

/** Cuts at the last sentence end before `max` characters (or at a space if there is none). */
export function trimToSentence(text: string, max = SPEECH_MAX_CHARS): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const end = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('\n'),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
  )
  const cut = end > max / 2 ? end + 1 : head.lastIndexOf(' ')
  return head.slice(0, cut > 0 ? cut : max).trim()
}

/** Title, summary and body of a piece of content as plain text; documents read their symbol and PDF text. */
export function speechSourceText(doc: SpeechSource): string {
  const body = str(doc.extractedText) || lexicalToPlainText(doc.content)
  const symbol = str(doc.numberSymbol)
  const parts = [sentence(str(doc.title)), sentence(symbol), sentence(str(doc.summary)), body]
  return trimToSentence(parts.filter(Boolean).join('\n'))
}
