/**
 * The page of a party document (Hướng dẫn 36-HD/VPTW) as pdf-lib draws it: A4, the margins, DejaVu Serif
 * from npm embedded (so Vietnamese marks survive text extraction), and a writer that wraps, centres inside a
 * header column and turns the page. Used by the sample documents and the meeting minutes.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { foldAccents } from '@sotay/content-schemas'
import { type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'

export interface Fonts {
  regular: PDFFont
  bold: PDFFont
  italic: PDFFont
  /** False when the Vietnamese font could not be loaded and text is written without marks. */
  unicode: boolean
}

const require = createRequire(import.meta.url)
let fontFiles: Promise<Uint8Array[] | null> | undefined

/**
 * The fonts are read from the package's folder, found through its package.json: Next's bundler (the monthly
 * report mail brings this file into the CMS's bundle) turns a `require.resolve` of a templated font path into an
 * import of every font file, which it cannot load.
 */
function loadFontFiles(): Promise<Uint8Array[] | null> {
  const folder = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  fontFiles ??= Promise.all(
    ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map(
      async (file) => new Uint8Array(await readFile(path.join(folder, file))),
    ),
  ).catch(() => null)
  return fontFiles
}

export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  const files = await loadFontFiles()
  if (files) {
    pdf.registerFontkit(fontkit)
    const [regular, bold, italic] = await Promise.all(
      files.map((bytes) => pdf.embedFont(bytes, { subset: true })),
    )
    return { regular: regular!, bold: bold!, italic: italic!, unicode: true }
  }
  // Without the font package the PDF is still made, in a standard font that cannot carry the marks.
  const [regular, bold, italic] = await Promise.all(
    [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold, StandardFonts.TimesRomanItalic].map((f) =>
      pdf.embedFont(f),
    ),
  )
  return { regular: regular!, bold: bold!, italic: italic!, unicode: false }
}

export const A4: [number, number] = [595.28, 841.89]
export const MARGIN = { left: 70, right: 56, top: 60, bottom: 60 }
export const BLACK = rgb(0, 0, 0)

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

export class Writer {
  page: PDFPage
  y: number

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage(A4)
    this.y = A4[1] - MARGIN.top
  }

  /** Writes wrapped text; `box` [left, width] centres it inside a header column instead of the page. */
  text(
    raw: string,
    opts: {
      font?: PDFFont
      size?: number
      x?: number
      align?: 'center'
      box?: [number, number]
      indent?: number
    } = {},
  ) {
    const text = this.fonts.unicode ? raw : foldAccents(raw)
    const font = opts.font ?? this.fonts.regular
    const size = opts.size ?? 12
    const [left, width] = opts.box ?? [MARGIN.left, A4[0] - MARGIN.left - MARGIN.right]
    for (const [i, line] of wrap(text, font, size, width - (opts.indent ?? 0)).entries()) {
      if (this.y < MARGIN.bottom) {
        this.page = this.pdf.addPage(A4)
        this.y = A4[1] - MARGIN.top
      }
      const lineWidth = font.widthOfTextAtSize(line, size)
      const x =
        opts.align === 'center'
          ? left + (width - lineWidth) / 2
          : (opts.x ?? MARGIN.left) + (i === 0 ? (opts.indent ?? 0) : 0)
      this.page.drawText(line, { x, y: this.y, size, font, color: BLACK })
      this.y -= size * 1.45
    }
  }

  gap(points: number) {
    this.y -= points
  }
}
