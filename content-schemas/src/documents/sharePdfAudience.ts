/** A document's PDF is readable by exactly the document's audience, so an internal PDF never leaks by URL. */
import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../shared/ids.ts'

export const sharePdfAudience: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pdfId = idOf(doc.pdf)
  if (pdfId === undefined) return doc
  await req.payload.update({
    collection: 'media',
    id: pdfId,
    data: { audience: doc.audience, org: idOf(doc.org) },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
