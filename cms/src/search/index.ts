/** The FAQ answer bank, for the questions function and the matching benchmark (`@sotay/cms/search`). */
export { FaqBank } from './faqBank.ts'
export { freshFaqBank } from './faqIndex.ts'
export { createMiniSearchIndex } from './miniSearchIndex.ts'
