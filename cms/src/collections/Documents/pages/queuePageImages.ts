/**
 * On publish, queues the drawing of the PDF's pages when the PDF is not the one they were drawn from
 * (a new PDF, a removed one, a first publish); and keeps the page images exactly as private as the document.
 */
import { idOf, sameId } from '@sotay/content-schemas'
import type { CollectionAfterChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { PAGES_QUEUE, RENDER_PAGES_TASK } from './constants.ts'
import { pageImageIds } from './pageImageIds.ts'

export const queuePageImages: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, req }) => {
  // A draft is not live: its PDF is drawn when it is published.
  if (doc._status !== 'published') return doc
  try {
    const ids = pageImageIds(doc)
    if (
      ids.length &&
      (!previousDoc || doc.audience !== previousDoc.audience || !sameId(doc.org, previousDoc.org))
    )
      await req.payload.update({
        collection: 'media',
        where: { id: { in: ids } },
        data: { audience: doc.audience, org: idOf(doc.org) as number },
        overrideAccess: true,
        depth: 0,
        req,
      })
    const pdfId = idOf(doc.pdf)
    const from = pdfId === undefined ? '' : String(pdfId)
    if ((doc.pageImagesFrom ?? '') === from && (from === '' || typeof doc.pageCount === 'number')) return doc
    await req.payload.jobs.queue({
      task: RENDER_PAGES_TASK,
      input: { id: String(doc.id) },
      queue: PAGES_QUEUE,
      req,
    })
  } catch (error) {
    // Page images are a convenience: a failure here must never stop a publication.
    req.payload.logger.error({ err: error, id: doc.id }, 'Không xếp được việc tạo ảnh các trang')
  }
  return doc
}
