/** Astro content loaders for the CMS: news, documents, study topics and FAQ, public and published only. */

import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import type { Loader, LoaderContext } from 'astro/loaders'
import { publicMedia, type ResponsiveImage, responsiveImage } from '../lib/media.ts'
import { lexicalToHtml } from '../lib/richText.ts'
import { type CmsDoc, fetchPublic } from './cmsFetch.ts'
import { documentSchema, faqSchema, newsSchema, studyTopicSchema } from './schemas.ts'

const EXCERPT_CHARS = 1200

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Slugs are unique per org in the CMS, not across the site: a clash gets the id appended. */
function uniqueSlug(seen: Set<string>, doc: CmsDoc): string {
  const base = str(doc.slug) || String(doc.id)
  const slug = seen.has(base) ? `${base}-${doc.id}` : base
  seen.add(slug)
  return slug
}

/** Cuts at a word boundary so the excerpt never ends mid-word. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  return `${clean.slice(0, clean.lastIndexOf(' ', max))} …`
}

/** The PDF's text keeps its paragraphs, one blank line apart; the lines inside one are folded. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/**
 * The page images the site may show: public ones, in page order, each with its number in the PDF (a page
 * that could not be drawn is absent, and the numbers say so).
 */
export function pageImagesOf(rows: unknown): (ResponsiveImage & { page: number })[] {
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row: { image?: unknown; page?: unknown }, index) => {
    const image = responsiveImage(row?.image, { sizes: ['card'], original: true, preferred: 1000 })
    return image ? [{ ...image, page: typeof row.page === 'number' ? row.page : index + 1 }] : []
  })
}

type Mapper = (doc: CmsDoc, slugs: Set<string>) => Record<string, unknown>

function cmsLoader(collection: string, sort: string, map: Mapper): Loader {
  return {
    name: `sotay-cms-${collection}`,
    async load({ store, parseData, logger, generateDigest }: LoaderContext) {
      // `astro sync` (type generation, `pnpm check`) needs only the schemas, not a running CMS.
      if (process.argv.includes('sync')) return
      const docs = await fetchPublic(collection, sort)
      // Start from empty every time: content unpublished or made private since the last build must vanish.
      store.clear()
      const slugs = new Set<string>()
      for (const doc of docs) {
        const raw: Record<string, unknown> = { cmsId: String(doc.id), ...map(doc, slugs) }
        const id = String(raw.slug ?? doc.id)
        const data = await parseData({ id, data: raw })
        store.set({ id, data, digest: generateDigest(data) })
      }
      logger.info(`${docs.length} mục công khai từ CMS (${collection})`)
    },
  }
}

export const newsLoader = (): Loader => ({
  ...cmsLoader('news', '-publishedAt', (doc, slugs) => ({
    title: str(doc.title),
    slug: uniqueSlug(slugs, doc),
    summary: str(doc.summary),
    html: lexicalToHtml(doc.content),
    text: lexicalToPlainText(doc.content),
    category: doc.category,
    sourceName: str(doc.sourceName),
    sourceUrl: str(doc.sourceUrl),
    publishedAt: str(doc.publishedAt) || str(doc.createdAt),
    audioUrl: publicMedia(doc.audio)?.url,
    coverThumb: responsiveImage(doc.cover, { sizes: ['thumbnail'], preferred: 320 }),
    cover: responsiveImage(doc.cover, { sizes: ['card', 'wide'] }),
  })),
  schema: newsSchema,
})

export const documentsLoader = (): Loader => ({
  ...cmsLoader('documents', '-issuedDate', (doc, slugs) => {
    const pdf = publicMedia(doc.pdf)
    return {
      title: str(doc.title),
      slug: uniqueSlug(slugs, doc),
      numberSymbol: str(doc.numberSymbol),
      type: str(doc.type),
      issuingBody: str(doc.issuingBody),
      issuedDate: str(doc.issuedDate),
      summary: str(doc.summary),
      excerpt: excerpt(str(doc.extractedText)),
      paragraphs: paragraphsOf(str(doc.extractedText)),
      pages: pageImagesOf(doc.pageImages),
      pageCount: typeof doc.pageCount === 'number' ? doc.pageCount : 0,
      pdfUrl: pdf?.url,
      pdfBytes: pdf?.bytes,
      audioUrl: publicMedia(doc.audio)?.url,
    }
  }),
  schema: documentSchema,
})

const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value)

export const studyTopicsLoader = (): Loader => ({
  ...cmsLoader('study-topics', '-year', (doc, slugs) => ({
    title: str(doc.title),
    slug: uniqueSlug(slugs, doc),
    month: doc.month,
    year: doc.year,
    summary: str(doc.summary),
    html: lexicalToHtml(doc.content),
    text: lexicalToPlainText(doc.content),
    documentIds: Array.isArray(doc.documents) ? doc.documents.map(idOf) : [],
  })),
  schema: studyTopicSchema,
})

export const faqLoader = (): Loader => ({
  ...cmsLoader('faq', 'createdAt', (doc) => ({
    slug: String(doc.id),
    question: str(doc.question),
    answer: str(doc.answer),
    category: str(doc.category),
    alternatives: Array.isArray(doc.alternatives)
      ? doc.alternatives.map((a: { text?: unknown }) => str(a?.text)).filter(Boolean)
      : [],
  })),
  schema: faqSchema,
})
