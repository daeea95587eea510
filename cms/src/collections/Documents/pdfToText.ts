/** The text layer of a PDF, as paragraphs separated by a blank line ("\n\n"), for reading and for search. */
import { hideArrayPrototypePollution } from '@sotay/content-schemas'
import { paragraphsOf } from './paragraphs.ts'

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  hideArrayPrototypePollution()
  const { extractTextItems, getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(bytes)
  try {
    const { items } = await extractTextItems(pdf)
    return paragraphsOf(items).join('\n\n')
  } finally {
    await pdf.loadingTask.destroy()
  }
}
