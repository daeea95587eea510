/**
 * The public FAQ split by category (one page each, /hoi-dap/<category>/), each question with its own anchor, so a
 * search hit or a shared link opens at that question rather than at the top of one very long page.
 */
import { slugify } from '@sotay/content-schemas/text/slug'
import type { FaqItem } from '../loaders/schemas.ts'
import { allFaq } from './content.ts'
import { FAQ_ORDER, faqCategoryName } from './labels.ts'

export interface FaqQuestion extends FaqItem {
  /** The question's anchor on its category page (hỏi đáp #<slug of the question>). */
  anchor: string
}

export interface FaqCategory {
  slug: string
  name: string
  questions: FaqQuestion[]
}

export const faqCategoryPath = (slug: string) => `/hoi-dap/${slug}/`

/** Categories in the curated order, questions as the CMS lists them; anchors unique within their page. */
export async function faqByCategory(): Promise<FaqCategory[]> {
  const faq = await allFaq()
  const slugs = [...new Set(faq.map((f) => f.category))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  )
  return slugs.map((slug) => {
    const taken = new Set<string>()
    const questions = faq
      .filter((f) => f.category === slug)
      .map((f) => {
        const base = slugify(f.question) || `cau-hoi-${f.cmsId}`
        let anchor = base
        for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`
        taken.add(anchor)
        return { ...f, anchor }
      })
    return { slug, name: faqCategoryName(slug), questions }
  })
}

/** Unknown categories (added in the CMS before the labels) go last rather than first. */
const rank = (category: string) => {
  const at = FAQ_ORDER.indexOf(category)
  return at < 0 ? FAQ_ORDER.length : at
}
