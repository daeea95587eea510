/** What the site keeps of each CMS item: the shapes pages read, checked with Zod at build time. */
import { NEWS_CATEGORIES } from '@sotay/content-schemas/news/categories'
import { z } from 'astro/zod'

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
  /** The first part of the PDF's text only: the whole text stays in the PDF and the search index. */
  excerpt: z.string().default(''),
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
