/**
 * How sure a match is, from 0 to 1: the overlap between the question and one phrasing of an entry,
 * on folded syllables and syllable pairs, each weighted by how rare it is in the answer bank.
 * Search ranks candidates; this decides whether a member may be answered without a person.
 */
import { searchTerms } from '@sotay/content-schemas'

/** Folded syllables plus adjacent pairs, so "làm ăn xa" weighs more than the three words apart. */
export function matchTerms(text: string): Set<string> {
  const words = searchTerms(text)
  const terms = new Set(words)
  for (let i = 1; i < words.length; i++) terms.add(`${words[i - 1]} ${words[i]}`)
  return terms
}

export class TermWeights {
  private df = new Map<string, number>()
  private total = 0

  constructor(entries: Iterable<Set<string>>) {
    for (const terms of entries) {
      this.total += 1
      for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1)
    }
  }

  /** Inverse document frequency; a term the bank never uses weighs the most. */
  weight(term: string): number {
    return Math.log(1 + this.total / (this.df.get(term) ?? 0.5))
  }
}

/** Weighted Dice overlap between the question's terms and one phrasing's terms. */
export function overlap(question: Set<string>, phrasing: Set<string>, weights: TermWeights): number {
  let shared = 0
  let q = 0
  let p = 0
  for (const term of question) {
    const w = weights.weight(term)
    q += w
    if (phrasing.has(term)) shared += w
  }
  for (const term of phrasing) p += weights.weight(term)
  return q + p === 0 ? 0 : (2 * shared) / (q + p)
}

/** The weighted share of the question's terms found in `known`. */
export function coverage(question: Set<string>, known: Set<string>, weights: TermWeights): number {
  let found = 0
  let total = 0
  for (const term of question) {
    const w = weights.weight(term)
    total += w
    if (known.has(term)) found += w
  }
  return total === 0 ? 0 : found / total
}
