/**
 * A hit on a FAQ page (hỏi đáp) is a question, not the whole page: Pagefind's sub-results split a page at headings
 * that have an id, and the best-matching question gives the hit its link (#anchor), title and excerpt.
 */

interface WeightedLocation {
  balanced_score: number
}
export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  weighted_locations?: WeightedLocation[]
  /** Absent for the text before the first heading with an id. */
  anchor?: { id: string }
}

/** Pages whose headings are separate answers; other pages keep their own link (a document's "Tóm tắt" is not). */
const QUESTION_KIND = 'hỏi đáp'

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0)

/** The matched question on a FAQ page, or undefined when the page is not one or no question matched. */
export function matchedQuestion(
  kind: string | undefined,
  subResults: PagefindSubResult[] | undefined,
): PagefindSubResult | undefined {
  if (kind !== QUESTION_KIND) return undefined
  let best: PagefindSubResult | undefined
  for (const sub of subResults ?? []) {
    if (!sub.anchor) continue
    if (!best || score(sub) > score(best)) best = sub
  }
  return best
}
