/** Pulls the text out of a document's PDF so the document can be found by what it says. */
import { idOf } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { readMediaFile } from '../../Media/readMediaFile.ts'
import { pdfToText } from '../pdfToText.ts'

export const extractPdfText: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req }) => {
  const pdfId = idOf(data.pdf)
  if (pdfId === undefined) {
    if (data.pdf === null) data.extractedText = ''
    return data
  }
  if (String(pdfId) === String(idOf(originalDoc?.pdf)) && originalDoc?.extractedText) return data
  const bytes = await readMediaFile(req, pdfId)
  if (!bytes) return data
  try {
    data.extractedText = await pdfToText(bytes)
  } catch (error) {
    // A PDF without a text layer (a scan) still publishes; it is just not searchable by content.
    req.payload.logger.warn({ err: error, pdfId }, 'PDF text extraction failed')
    data.extractedText = ''
  }
  return data
}
