/**
 * Renders a sample party document as a PDF laid out like the real ones (header, number, place and
 * date, title, body), with an embedded DejaVu font so Vietnamese text survives text extraction.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import { foldAccents } from '@sotay/content-schemas'
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'

export interface PdfContent {
  /** Upper lines of the left header, e.g. ["ĐẢNG BỘ TỈNH SƠN HÀ", "TỈNH ỦY"]. */
  header: string[]
  numberSymbol: string
  /** "Sơn Hà, ngày 15 tháng 3 năm 2026". */
  placeAndDate: string
  /** "CHỈ THỊ", "NGHỊ QUYẾT"... */
  typeLabel: string
  title: string
  paragraphs: string[]
  signature: string[]
}

interface Fonts {
  regular: PDFFont
  bold: PDFFont
  italic: PDFFont
  /** False when the Vietnamese font could not be loaded and text is written without marks. */
  unicode: boolean
}

const require = createRequire(import.meta.url)
let fontFiles: Promise<Uint8Array[] | null> | undefined

function loadFontFiles(): Promise<Uint8Array[] | null> {
  fontFiles ??= Promise.all(
    ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map(async (file) => {
      return new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)))
    }),
  ).catch(() => null)
  return fontFiles
}

async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
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

const A4: [number, number] = [595.28, 841.89]
const MARGIN = { left: 70, right: 56, top: 60, bottom: 60 }
const BLACK = rgb(0, 0, 0)

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
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

class Writer {
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

export async function renderDocumentPdf(content: PdfContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${content.numberSymbol} — ${content.title}`)
  pdf.setLanguage('vi-VN')
  pdf.setProducer('Sổ tay Đảng viên (dữ liệu mẫu)')
  const fonts = await embedFonts(pdf)
  const w = new Writer(pdf, fonts)
  const top = w.y
  const leftColumn: [number, number] = [MARGIN.left - 20, 220]
  const rightColumn: [number, number] = [300, A4[0] - MARGIN.right - 300]
  for (const line of content.header)
    w.text(line, { font: fonts.bold, size: 11, align: 'center', box: leftColumn })
  w.text('*', { size: 11, align: 'center', box: leftColumn })
  w.text(`Số ${content.numberSymbol}`, { size: 11, align: 'center', box: leftColumn })
  const afterLeft = w.y
  w.y = top
  w.text('ĐẢNG CỘNG SẢN VIỆT NAM', { font: fonts.bold, size: 12, align: 'center', box: rightColumn })
  w.gap(8)
  w.text(content.placeAndDate, { font: fonts.italic, size: 11, align: 'center', box: rightColumn })
  w.y = Math.min(w.y, afterLeft) - 18
  w.text(content.typeLabel, { font: fonts.bold, size: 14, align: 'center' })
  w.text(content.title, { font: fonts.bold, size: 12, align: 'center' })
  w.text('-----', { align: 'center' })
  w.gap(8)
  for (const paragraph of content.paragraphs) {
    w.text(paragraph, { indent: 28 })
    w.gap(4)
  }
  w.gap(12)
  for (const line of content.signature)
    w.text(line, { font: fonts.bold, size: 12, align: 'center', box: rightColumn })
  w.gap(24)
  w.text('Văn bản mẫu — dữ liệu thử nghiệm của Sổ tay Đảng viên, không có giá trị pháp lý.', {
    font: fonts.italic,
    size: 9,
  })
  return pdf.save()
}
