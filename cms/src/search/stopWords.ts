/**
 * Words that say how a member asks, not what: "cho em hỏi", "tôi", "ạ". Left out of matching so a polite
 * question is not taken for a different one. "không" and "chưa" only count as filler at the end ("...
 * không?"); inside a question ("không có lương", "không đồng ý") they change its meaning and are kept.
 */
import { foldAccents } from '@sotay/content-schemas'

export const STOP_WORDS: readonly string[] = [
  'tôi',
  'mình',
  'em',
  'anh',
  'chị',
  'bác',
  'chú',
  'cô',
  'cháu',
  'cho',
  'hỏi',
  'xin',
  'ạ',
  'à',
  'ơi',
  'nhé',
  'nhỉ',
  'hả',
  'vậy',
  'với',
  'thì',
  'là',
  'có',
  'mà',
  'thế',
  'rồi',
  'đã',
  'sẽ',
  'cũng',
  'của',
  'những',
  'các',
  'này',
  'đó',
  'ấy',
  'nữa',
  'ra',
  'vào',
  'được',
  'phải',
  'bị',
  'hay',
  'nhưng',
  'và',
  'ở',
]

/** Filler only as the question's last words. */
export const TRAILING_WORDS: readonly string[] = [
  'không',
  'chưa',
  'nhỉ',
  'nhé',
  'ạ',
  'vậy',
  'thế',
  'hả',
  'à',
  'ơi',
]

const EXACT = new Set(STOP_WORDS)
const TRAILING = new Set(TRAILING_WORDS)
// Typed without accents, a filler word may be a real one ("co" is also "cơ quan"); the matcher keeps
// pairs such words make with their neighbours, so only the lone word is dropped.
const PLAIN = new Set(STOP_WORDS.map(foldAccents))
const PLAIN_TRAILING = new Set(TRAILING_WORDS.map(foldAccents))

const isPlain = (word: string) => foldAccents(word) === word

/**
 * Whether a lower-cased word, as written, is filler in the middle of a question; `exactOnly` when the
 * question is typed with accents, so a plain word is taken as spelled.
 */
export const isStopWord = (word: string, exactOnly = false) =>
  EXACT.has(word) || (!exactOnly && isPlain(word) && PLAIN.has(word))

/** How many of the last words are filler ("... có được không ạ?" ends in two). */
export function trailingFiller(ws: string[]): number {
  let n = 0
  for (let i = ws.length - 1; i >= 0; i--) {
    const word = ws[i]!
    const filler = TRAILING.has(word) || (isPlain(word) && PLAIN_TRAILING.has(word))
    if (!filler) break
    n++
  }
  return n
}

/**
 * Accented stop words and the plain spellings that are never a content word here: Meilisearch's setting.
 * It drops them anywhere in a question, so "không" and "chưa" (filler only at the end) are not given.
 */
export function stopWordList(): string[] {
  const anywhere = [...STOP_WORDS, ...TRAILING_WORDS].filter((w) => w !== 'không' && w !== 'chưa')
  return [...new Set([...anywhere, 'toi', 'minh', 'em', 'nhe', 'nhi', 'oi'])]
}
