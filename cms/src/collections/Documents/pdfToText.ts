/** The text layer of a PDF, as one line of words, for finding a document by what it says. */
import { hideArrayPrototypePollution } from '@sotay/content-schemas'

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  hideArrayPrototypePollution()
  const { extractText, getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(bytes)
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ').trim()
}
