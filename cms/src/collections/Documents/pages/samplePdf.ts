/** Small PDFs for tests: numbered pages of Vietnamese paragraphs laid out like a party document. */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFName, rgb } from 'pdf-lib'

const require = createRequire(import.meta.url)

/** Each page is a list of paragraphs, each a list of its printed lines. */
export type SamplePage = string[][]

/**
 * `unprintable` pages get a 1 × 14,400 pt page box: drawn 1000 px wide that is a canvas of 14 billion pixels,
 * which no renderer makes. Real PDFs have such pages (a broken box from a bad converter).
 */
export async function samplePdf(
  pages: SamplePage[],
  { unprintable = [] as number[] } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const font = await pdf.embedFont(await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf')), {
    subset: true,
  })
  for (const [index, paragraphs] of pages.entries()) {
    const page = pdf.addPage([595.28, 841.89])
    if (unprintable.includes(index + 1))
      page.node.set(PDFName.of('MediaBox'), pdf.context.obj([0, 0, 1, 14400]))
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
