/**
 * The `renderDocumentPages` job: draws the published PDF's pages as WebP media files as private as the
 * document (its audience and org), links them from the document, and deletes the images of an older PDF.
 */
import { type ID, idOf } from '@sotay/content-schemas'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { isOnPublicSite } from '../../../site-rebuild/affectsPublicSite.ts'
import { notifySiteBuilder } from '../../../site-rebuild/notifySiteBuilder.ts'
import { readMediaFile } from '../../Media/readMediaFile.ts'
import { RENDER_PAGES_TASK } from './constants.ts'
import { linkPages } from './linkPages.ts'
import { pageImageIds } from './pageImageIds.ts'
import { MAX_PAGE_IMAGES, renderPdfPages } from './renderPages.ts'

export type RenderPagesResult =
  | { status: 'rendered'; pageCount: number; images: number; failed: number[] }
  | { status: 'skipped'; reason: string }

/** Does the work; exported so tests and scripts can run it without the queue. */
export async function renderDocumentPages(
  payload: Payload,
  id: string,
  req: PayloadRequest,
): Promise<RenderPagesResult> {
  // The published version (not a newer draft): that is what readers see.
  const doc = (await payload
    .findByID({ collection: 'documents', id, depth: 0, draft: false, overrideAccess: true, req })
    .catch(() => null)) as Document | null
  if (!doc) return { status: 'skipped', reason: 'không còn văn bản' }
  if (doc._status !== 'published') return { status: 'skipped', reason: 'chưa xuất bản' }
  const pdfId = idOf(doc.pdf)
  const from = pdfId === undefined ? '' : String(pdfId)
  if ((doc.pageImagesFrom ?? '') === from && (from === '' || typeof doc.pageCount === 'number'))
    return { status: 'skipped', reason: 'tệp PDF không đổi' }

  const previous = pageImageIds(doc)
  const images: { image: ID; page: number }[] = []
  const failed: number[] = []
  let pageCount = 0
  const bytes = pdfId === undefined ? null : await readMediaFile(req, pdfId)
  if (bytes) {
    const name = doc.slug || `van-ban-${doc.id}`
    try {
      for await (const page of renderPdfPages(bytes)) {
        pageCount = page.total
        const shown = Math.min(page.total, MAX_PAGE_IMAGES)
        const progress = `${doc.numberSymbol}: trang ${page.page}/${shown} (${Math.round((100 * page.page) / shown)}%)`
        if ('error' in page) {
          // One bad page must not cost the others: it is left out, and the PDF download still has it.
          failed.push(page.page)
          payload.logger.warn({ err: page.error, documentId: doc.id }, `${progress}: không vẽ được trang`)
          continue
        }
        const media = await payload.create({
          collection: 'media',
          data: {
            alt: `Trang ${page.page}: ${doc.numberSymbol} — ${doc.title}`.slice(0, 250),
            audience: doc.audience,
            org: idOf(doc.org) as number,
          },
          file: {
            data: page.webp,
            mimetype: 'image/webp',
            name: `${name}-trang-${page.page}.webp`,
            size: page.webp.length,
          },
          overrideAccess: true,
          depth: 0,
          req,
        })
        images.push({ image: media.id, page: page.page })
        payload.logger.info(progress)
      }
    } catch (error) {
      // An unreadable PDF (damaged, encrypted): the document stays published with its download.
      payload.logger.error({ err: error, documentId: doc.id }, `${doc.numberSymbol}: không đọc được tệp PDF`)
    }
    if (pageCount > MAX_PAGE_IMAGES)
      payload.logger.info(
        `${doc.numberSymbol}: văn bản có ${pageCount} trang, chỉ tạo ảnh ${MAX_PAGE_IMAGES} trang đầu`,
      )
  }

  await linkPages(payload, doc.id, { pageImages: images, pageCount, pageImagesFrom: from }, req)
  // The links were written past the hooks, so the public site is told here that its page changed.
  if (isOnPublicSite(doc)) notifySiteBuilder(`documents:${doc.id}:trang`, payload.logger)
  for (const old of previous)
    await payload
      .delete({ collection: 'media', id: old, overrideAccess: true, depth: 0, req })
      .catch(() => undefined)
  return { status: 'rendered', pageCount, images: images.length, failed }
}

export const renderDocumentPagesTask: TaskConfig<{
  input: { id: string }
  output: { status: string; pageCount?: number; images?: number; failedPages?: string; reason?: string }
}> = {
  slug: RENDER_PAGES_TASK,
  label: 'Tạo ảnh các trang văn bản',
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'pageCount', type: 'number' },
    { name: 'images', type: 'number' },
    { name: 'failedPages', type: 'text' },
    { name: 'reason', type: 'text' },
  ],
  retries: 1,
  handler: async ({ input, req }) => {
    const result = await renderDocumentPages(req.payload, input.id, req)
    if (result.status === 'skipped') return { output: result }
    const { failed, ...rest } = result
    return { output: { ...rest, failedPages: failed.join(', ') } }
  },
}
