/** Vietnamese names for categories and document types, from the one definition in content-schemas. */
import { DOCUMENT_TYPES } from '@sotay/content-schemas/documents/types'
import { FAQ_CATEGORIES } from '@sotay/content-schemas/faq/categories'
import { NEWS_CATEGORIES } from '@sotay/content-schemas/news/categories'

const byValue = (list: readonly { value: string; label: { vi: string } }[]) =>
  new Map(list.map((item) => [item.value, item.label.vi]))

const newsNames = byValue(NEWS_CATEGORIES)
const typeNames = byValue(DOCUMENT_TYPES)
const faqNames = byValue(FAQ_CATEGORIES)

/** The home page's levels, in reading order; the provincial level reads "Tỉnh" for a member of one province. */
export const NEWS_LEVELS = NEWS_CATEGORIES.map((c) => ({
  value: c.value,
  name: c.value === 'dia-phuong' ? 'Tỉnh' : c.label.vi,
}))

export const newsCategoryName = (value: string) => newsNames.get(value) ?? value
export const documentTypeName = (value: string) => typeNames.get(value) ?? value
export const faqCategoryName = (value: string) => faqNames.get(value) ?? value
export const FAQ_ORDER = FAQ_CATEGORIES.map((c) => c.value as string)
