/** One answer-bank entry of the demo: a question, a general sample answer, its subject and other phrasings. */
import type { FAQ_CATEGORIES } from '@sotay/content-schemas'

export interface FaqSeed {
  question: string
  answer: string
  category: (typeof FAQ_CATEGORIES)[number]['value']
  /** One to three other ways members ask the same thing, some without accents as typed on a phone. */
  alternatives: string[]
}
