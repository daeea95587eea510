/** Astro content loaders for the CMS: news, documents, study topics and FAQ, public and published only. */

import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import type { Loader, LoaderContext } from 'astro/loaders'
import { publicMedia, type ResponsiveImage, responsiveImage } from '../lib/media.ts'
import { lexicalToHtml } from '../lib/richText.ts'
import { type CmsDoc, fetchByIds, fetchListing, fetchPublic } from './cmsFetch.ts'
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

/** A CMS doc as the site keeps it; `slug` is the item's address on the site, unique across it. */
type Mapper = (doc: CmsDoc, slug: string) => Record<string, unknown>

interface CmsLoaderOptions {
  collection: string
  sort: string
  map: Mapper
  /** The address comes from the doc's slug (made unique), or is its id (FAQ). */
  slugFrom?: 'slug' | 'id'
}

/** Kept in the content layer's meta store (in the builder's cacheDir): per CMS id, its updatedAt and entry id. */
const MANIFEST = 'sotay-cms-manifest'
type Manifest = Record<string, [updatedAt: string, entryId: string]>

/** More changed items than this: one paged read of everything beats reading them by id. */
const FULL_READ_ABOVE = 500

function cmsLoader({ collection, sort, map, slugFrom = 'slug' }: CmsLoaderOptions): Loader {
  return {
    name: `sotay-cms-${collection}`,
    async load({ store, meta, parseData, logger, generateDigest }: LoaderContext) {
      // `astro sync` (type generation, `pnpm check`) needs only the schemas, not a running CMS.
      if (process.argv.includes('sync')) return
      // Incremental: list every public published item (id, slug, updatedAt), then read in full only those that
      // changed since the last build. Items missing from the list (deleted, unpublished, made private) vanish.
      const listing = await fetchListing(collection, sort)
      const previous: Manifest = JSON.parse(meta.get(MANIFEST) ?? '{}')
      const slugs = new Set<string>()
      const wanted = listing.map((doc) => {
        const cmsId = String(doc.id)
        const entryId = slugFrom === 'id' ? cmsId : uniqueSlug(slugs, doc)
        return { cmsId, entryId, updatedAt: str(doc.updatedAt) }
      })
      const changed = wanted.filter(({ cmsId, entryId, updatedAt }) => {
        const [was, wasEntry] = previous[cmsId] ?? []
        return !updatedAt || was !== updatedAt || wasEntry !== entryId || !store.has(entryId)
      })
      const ids = new Set(changed.map((w) => w.cmsId))
      const docs =
        changed.length > FULL_READ_ABOVE
          ? (await fetchPublic(collection, sort)).filter((doc) => ids.has(String(doc.id)))
          : await fetchByIds(collection, [...ids], sort)
      const byId = new Map(docs.map((doc) => [String(doc.id), doc]))

      const keep = new Set(wanted.map((w) => w.entryId))
      for (const entryId of store.keys()) if (!keep.has(entryId)) store.delete(entryId)
      const manifest: Manifest = {}
      for (const { cmsId, entryId, updatedAt } of wanted) {
        const doc = byId.get(cmsId)
        if (doc) {
          const raw: Record<string, unknown> = { cmsId, ...map(doc, entryId) }
          const data = await parseData({ id: entryId, data: raw })
          store.set({ id: entryId, data, digest: generateDigest(data) })
        } else if (ids.has(cmsId)) {
          // Listed but gone by the time we read it (unpublished meanwhile): not on the site this time.
          store.delete(entryId)
          continue
        }
        manifest[cmsId] = [updatedAt, entryId]
      }
      meta.set(MANIFEST, JSON.stringify(manifest))
      logger.info(
        `${wanted.length} mục công khai từ CMS (${collection}): đọc lại ${docs.length}, giữ nguyên ${wanted.length - changed.length}`,
      )
    },
  }
}

export const newsLoader = (): Loader => ({
  ...cmsLoader({
    collection: 'news',
    sort: '-publishedAt',
    map: (doc, slug) => ({
      title: str(doc.title),
      slug,
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
    }),
  }),
  schema: newsSchema,
})

export const documentsLoader = (): Loader => ({
  ...cmsLoader({
    collection: 'documents',
    sort: '-issuedDate',
    map: (doc, slug) => {
      const pdf = publicMedia(doc.pdf)
      return {
        title: str(doc.title),
        slug,
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
    },
  }),
  schema: documentSchema,
})

const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value)

export const studyTopicsLoader = (): Loader => ({
  ...cmsLoader({
    collection: 'study-topics',
    sort: '-year',
    map: (doc, slug) => ({
      title: str(doc.title),
      slug,
      month: doc.month,
      year: doc.year,
      summary: str(doc.summary),
      html: lexicalToHtml(doc.content),
      text: lexicalToPlainText(doc.content),
      documentIds: Array.isArray(doc.documents) ? doc.documents.map(idOf) : [],
    }),
  }),
  schema: studyTopicSchema,
})

export const faqLoader = (): Loader => ({
  ...cmsLoader({
    collection: 'faq',
    sort: 'createdAt',
    slugFrom: 'id',
    map: (doc, slug) => ({
      slug,
      question: str(doc.question),
      answer: str(doc.answer),
      category: str(doc.category),
      alternatives: Array.isArray(doc.alternatives)
        ? doc.alternatives.map((a: { text?: unknown }) => str(a?.text)).filter(Boolean)
        : [],
    }),
  }),
  schema: faqSchema,
})
