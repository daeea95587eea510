/**
 * How sure a match is, from 0 to 1: the overlap between the question and an entry's phrasings (and,
 * weighing less, its answer), on analysed terms (syllables and syllable pairs, exact and folded; see
 * analysis.ts), each weighted by how rare it is in the answer bank. Search ranks candidates; this decides
 * whether a member may be answered without a person.
 */
import { allTerms, analyze } from './analysis.ts'
import { isStopWord } from './stopWords.ts'

/** The terms of a text as one set; `query` for a question asked rather than stored text. */
export const matchTerms = (text: string, query = false): Set<string> =>
  new Set(allTerms(analyze(text, query)))

/**
 * Only the folded terms: phrasings are compared on these, so a question typed without accents is as
 * close to an accented phrasing as one typed with them (the exact terms count in `coverage`).
 */
export function foldedTerms(text: string, query = false): Set<string> {
  const { folded } = analyze(text, query)
  return new Set([...folded.single, ...folded.pairs])
}

/** A word in the answer counts this much of one in the question or its other phrasings. */
const ANSWER_CREDIT = 0.5

/** How much more a term the bank never uses weighs than its rarity alone says: it is off the subject. */
const NOVEL = 1.5

const isPair = (term: string) => term.includes(' ')

/**
 * A pair through a word that may be filler ("dang co": "đang có" or "Đảng cơ sở") helps when an entry
 * has it and is not held against an entry that lacks it.
 */
const optional = (term: string) => isPair(term) && term.split(' ').some((s) => isStopWord(s))

export class TermWeights {
  private df = new Map<string, number>()
  private total = 0

  constructor(entries: Iterable<Set<string>>) {
    for (const terms of entries) {
      this.total += 1
      for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1)
    }
  }

  /**
   * Inverse document frequency. A syllable the bank never uses weighs the most: the question is likely
   * about something else ("vay vốn ngân hàng"). A pair the bank never uses weighs nothing unless one of
   * its syllables is unknown too ("ngân hàng"): "tháng đóng" or "co duoc" say no more than their
   * syllables do.
   */
  weight(term: string): number {
    const df = this.df.get(term)
    if (df === undefined && isPair(term)) {
      const halves = term.split(' ')
      const novel = halves.some((s) => !this.df.has(s)) && !halves.some((s) => isStopWord(s))
      if (!novel) return 0
    }
    return (df === undefined ? NOVEL : 1) * Math.log(1 + this.total / (df ?? 0.5))
  }
}

/** Weighted Dice overlap between the question's terms and one phrasing's terms. */
export function overlap(question: Set<string>, phrasing: Set<string>, weights: TermWeights): number {
  let shared = 0
  let q = 0
  let p = 0
  for (const term of question) {
    const has = phrasing.has(term)
    if (!has && optional(term)) continue
    const w = weights.weight(term)
    q += w
    if (has) shared += w
  }
  for (const term of phrasing) p += weights.weight(term)
  return q + p === 0 ? 0 : (2 * shared) / (q + p)
}

/** The weighted share of the question's terms found in the entry's phrasings, or (for less) its answer. */
export function coverage(
  question: Set<string>,
  known: Set<string>,
  answer: Set<string>,
  weights: TermWeights,
): number {
  let found = 0
  let total = 0
  for (const term of question) {
    if (optional(term) && !known.has(term) && !answer.has(term)) continue
    const w = weights.weight(term)
    total += w
    if (known.has(term)) found += w
    else if (answer.has(term)) found += ANSWER_CREDIT * w
  }
  return total === 0 ? 0 : found / total
}
