/**
 * The report as a PDF for the monthly report to the level above: the party page (DejaVu Serif, A4), the
 * subtree's totals, then one paragraph per child org with its counts and rates.
 */
import { PDFDocument } from 'pdf-lib'
import { embedFonts, Writer } from '../../pdf/partyPage.ts'
import type { OrgFigures, SubtreeReport } from '../report.ts'
import { cellText, EXPORT_COLUMNS } from './table.ts'

export async function reportPdf(
  report: SubtreeReport,
  about: { title: string; period: string; exportedBy: string; exportedAt: string },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(about.title)
  pdf.setCreator('Sổ tay Đảng viên')
  const fonts = await embedFonts(pdf)
  const w = new Writer(pdf, fonts)
  w.text('BÁO CÁO THỐNG KÊ HOẠT ĐỘNG', { font: fonts.bold, size: 15, align: 'center' })
  w.text(about.title, { font: fonts.bold, size: 13, align: 'center' })
  w.text(`Kỳ báo cáo: ${about.period}`, { font: fonts.italic, size: 11, align: 'center' })
  w.gap(12)
  section(w, 'Toàn đơn vị', report.total)
  for (const child of report.children) section(w, child.org.name, child)
  w.gap(8)
  w.text(`Xuất bởi ${about.exportedBy} lúc ${about.exportedAt}.`, { font: fonts.italic, size: 10 })
  return pdf.save()
}

function section(w: Writer, heading: string, f: OrgFigures) {
  w.text(heading, { font: w.fonts.bold, size: 12 })
  const parts = EXPORT_COLUMNS.slice(1)
    .map((c) => ({ c, text: cellText(c, f) }))
    .filter(({ text }) => text !== '')
    .map(({ c, text }) => `${c.header}: ${text}`)
  w.text(`${parts.join('; ')}.`, { size: 10 })
  w.gap(8)
}
