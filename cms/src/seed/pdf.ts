/**
 * Renders a sample party document as a PDF laid out like the real ones (header, number, place and
 * date, title, body), with an embedded DejaVu font so Vietnamese text survives text extraction.
 */
import { PDFDocument } from 'pdf-lib'
import { A4, embedFonts, MARGIN, Writer } from '../pdf/partyPage.ts'

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
