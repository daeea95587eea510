/** The text layer of a PDF, as paragraphs separated by a blank line ("\n\n"), for reading and for search. */
import { hideArrayPrototypePollution } from '@sotay/content-schemas'
import { paragraphsOf } from './paragraphs.ts'

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  hideArrayPrototypePollution()
  const { extractTextItems, getDocumentProxy } = await import('unpdf')
  // pdf.js detaches the buffer it is given; the caller keeps its own.
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  try {
    const { items } = await extractTextItems(pdf)
    return paragraphsOf(items).join('\n\n')
  } finally {
    await pdf.loadingTask.destroy()
  }
}
