/**
 * The admin uploads a PDF as its own media file first, then saves the document. When the save is refused
 * as classified, that PDF (a secret document) must not stay in the store: it is deleted once the refused
 * request has been rolled back, unless another document uses it.
 */
import type { ID } from '@sotay/content-schemas'
import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'
import { deleteUnreferencedMedia } from '../../Media/ownedMedia.ts'

const KEY = 'refusedClassifiedPdf'

/** Called by refuseClassified with the PDF the refused data pointed at. */
export function rememberRefusedPdf(req: PayloadRequest, id: ID | undefined): void {
  if (id !== undefined) req.context[KEY] = id
}

export const dropRefusedPdf: CollectionAfterErrorHook = async ({ req }) => {
  const id = req.context?.[KEY] as ID | undefined
  if (id === undefined) return
  delete req.context[KEY]
  // Outside the refused request's transaction, which has already been rolled back.
  await deleteUnreferencedMedia(req.payload, [id])
}
