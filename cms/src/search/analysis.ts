/**
 * Vietnamese text to search terms. Most Vietnamese words are two syllables ("đảng phí", "sinh hoạt"),
 * so adjacent syllable pairs are terms too; synonyms are rewritten to one form and filler words dropped.
 * Every term comes exact (lower-cased, accents kept) and folded, so an accentless question still matches
 * and a question typed with accents can rank the exact spelling first.
 */
import { foldAccents } from '@sotay/content-schemas'
import { isStopWord, trailingFiller } from './stopWords.ts'
import { canonicalExact, canonicalFolded, type Rewritten, words } from './synonyms.ts'

export interface Terms {
  /** Single syllables, filler left out. */
  single: string[]
  /** Adjacent syllable pairs, written "a b". */
  pairs: string[]
}

export interface Analysis {
  exact: Terms
  folded: Terms
}

/** A filler word, a content word, or one typed without accents that may be either ("co": có or cơ). */
type Kind = 'stop' | 'content' | 'maybe'

function kindOf(word: string, accented: boolean): Kind {
  if (!isStopWord(word)) return 'content'
  // A plain filler spelling in a question typed without accents may stand for a content word ("vay" for
  // "vậy" or "vay"); in one typed with accents it is what it says.
  if (foldAccents(word) !== word) return 'stop'
  return accented ? (isStopWord(word, true) ? 'stop' : 'content') : 'maybe'
}

function terms(rewritten: Rewritten[], kinds: Kind[], query: boolean): Terms {
  const kind = (r: Rewritten) => (r.at === undefined ? 'content' : kinds[r.at]!)
  const kept = rewritten.filter((r) => kind(r) !== 'stop')
  const content = kept.filter((r) => kind(r) === 'content')
  const pairs = new Set<string>()
  // A question's pairs also run through a possible filler word ("co quan" may be "cơ quan"), to meet
  // the stored text's real pairs; stored text gives only certain pairs, so a filler pair meets nothing.
  for (const list of query ? [kept, content] : [content])
    for (let i = 1; i < list.length; i++) pairs.add(`${list[i - 1]!.word} ${list[i]!.word}`)
  return { single: [...new Set(content.map((r) => r.word))], pairs: [...pairs] }
}

/** `query`: the text is a question asked, not stored text (see `terms`). */
export function analyze(text: string, query = false): Analysis {
  const all = words(text)
  const body = all.slice(0, all.length - trailingFiller(all))
  // A question made only of filler keeps its words rather than matching nothing.
  const ws = body.length ? body : all
  const accented = ws.some((w) => foldAccents(w) !== w)
  const kinds = ws.map((w) => kindOf(w, accented))
  return {
    exact: terms(canonicalExact(ws), kinds, query),
    folded: terms(canonicalFolded(ws), kinds, query),
  }
}

/** Every term of a text in one list (exact and folded, singles and pairs): what the engines index. */
export function allTerms(analysis: Analysis): string[] {
  const { exact, folded } = analysis
  return [...new Set([...exact.single, ...exact.pairs, ...folded.single, ...folded.pairs])]
}
