/** Sets a document's page images past its hooks (see writePastHooks): they are the server's, not an edit. */
import { randomBytes } from 'node:crypto'
import type { ID } from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import { writePastHooks } from '../../shared/writePastHooks.ts'

export interface PageLinks {
  pageImages: { image: ID; page: number }[]
  pageCount: number
  pageImagesFrom: string
}

export function linkPages(payload: Payload, id: ID, links: PageLinks, req?: PayloadRequest) {
  // Past the hooks nobody gives an array row its id, so it is made here the way Payload makes them.
  const pageImages = links.pageImages.map((row) => ({ id: randomBytes(12).toString('hex'), ...row }))
  return writePastHooks(payload, { collection: 'documents', id, data: { ...links, pageImages }, req })
}
