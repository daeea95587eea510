/** Pulls the text out of a document's PDF so the document can be found by what it says. */
import type { CollectionBeforeChangeHook } from 'payload'
import { readMediaFile } from '../media/readMediaFile.ts'
import { hideArrayPrototypePollution } from '../shared/arrayPrototype.ts'
import { idOf } from '../shared/ids.ts'

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  hideArrayPrototypePollution()
  const { extractText, getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(bytes)
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ').trim()
}

export const extractPdfText: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
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
