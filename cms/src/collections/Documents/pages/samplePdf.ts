/** Small PDFs for tests: numbered pages of Vietnamese paragraphs laid out like a party document. */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'

const require = createRequire(import.meta.url)

/** Each page is a list of paragraphs, each a list of its printed lines. */
export type SamplePage = string[][]

export async function samplePdf(pages: SamplePage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const font = await pdf.embedFont(await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf')), {
    subset: true,
  })
  for (const paragraphs of pages) {
    const page = pdf.addPage([595.28, 841.89])
    let y = 780
    for (const lines of paragraphs) {
      for (const [i, line] of lines.entries()) {
        page.drawText(line, { x: i === 0 ? 98 : 70, y, size: 12, font, color: rgb(0, 0, 0) })
        y -= 17.4
      }
      y -= 6
    }
  }
  return pdf.save()
}
