/** The FAQ answer bank, for the questions function and the matching benchmark (`@sotay/cms/search`). */

export { freshFaqBank } from '../collections/Faq/bank.ts'
export {
  CONTENT_KINDS,
  type ContentHit,
  ContentIndex,
  type ContentKind,
  contentIndex,
  freshContentIndex,
  isContentKind,
} from './contentIndex.ts'
export { FaqBank } from './faqBank.ts'
export { createMiniSearchIndex } from './miniSearchIndex.ts'
