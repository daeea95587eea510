/** What the site keeps of each CMS item: the shapes pages read, checked with Zod at build time. */
import { NEWS_CATEGORIES } from '@sotay/content-schemas/news/categories'
import { z } from 'astro/zod'

const imageFile = z.object({ url: z.string(), width: z.number(), height: z.number() })
const responsiveImage = imageFile.extend({ alt: z.string().default(''), files: z.array(imageFile) })

export const newsSchema = z.object({
  cmsId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string().default(''),
  html: z.string(),
  text: z.string(),
  category: z.enum(NEWS_CATEGORIES.map((c) => c.value)),
  sourceName: z.string().default(''),
  sourceUrl: z.string().default(''),
  publishedAt: z.string(),
  audioUrl: z.string().optional(),
  /** The cover as a list shows it (the 4:3 thumbnail) and as the article shows it (card, wide). */
  coverThumb: responsiveImage.optional(),
  cover: responsiveImage.optional(),
})

export const documentSchema = z.object({
  cmsId: z.string(),
  title: z.string(),
  slug: z.string(),
  numberSymbol: z.string(),
  type: z.string(),
  issuingBody: z.string(),
  issuedDate: z.string(),
  summary: z.string().default(''),
  /** The first part of the PDF's text, for the listen button's fallback voice. */
  excerpt: z.string().default(''),
  /** The PDF's text, paragraph by paragraph. */
  paragraphs: z.array(z.string()).default([]),
  /** Images of the PDF's first pages (at most 60), and how many pages the PDF has in all. */
  pages: z.array(responsiveImage.extend({ page: z.number() })).default([]),
  pageCount: z.number().default(0),
  pdfUrl: z.string().optional(),
  pdfBytes: z.number().optional(),
  audioUrl: z.string().optional(),
})

export const studyTopicSchema = z.object({
  cmsId: z.string(),
  title: z.string(),
  slug: z.string(),
  month: z.number().int().min(1).max(12),
  year: z.number().int(),
  summary: z.string().default(''),
  html: z.string(),
  text: z.string(),
  /** CMS ids of related documents; pages link only those that are public. */
  documentIds: z.array(z.string()).default([]),
})

export const faqSchema = z.object({
  cmsId: z.string(),
  question: z.string(),
  answer: z.string(),
  category: z.string(),
  alternatives: z.array(z.string()).default([]),
})

export type NewsItem = z.infer<typeof newsSchema>
export type DocumentItem = z.infer<typeof documentSchema>
export type StudyTopicItem = z.infer<typeof studyTopicSchema>
export type FaqItem = z.infer<typeof faqSchema>
export type ResponsiveImageItem = z.infer<typeof responsiveImage>
