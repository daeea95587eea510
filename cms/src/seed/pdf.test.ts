import { describe, expect, it } from 'vitest'
import { pdfToText } from '../collections/Documents/pdfToText.ts'
import { renderDocumentPdf } from './pdf.ts'

describe('renderDocumentPdf', () => {
  it('writes Vietnamese text that comes back out of the PDF intact, over several pages', async () => {
    const body = 'Mỗi đảng viên gương mẫu thực hiện nghị quyết của chi bộ, phát huy tinh thần Điện Biên Phủ.'
    const bytes = await renderDocumentPdf({
      header: ['ĐẢNG BỘ TỈNH SƠN HÀ', 'TỈNH ỦY'],
      numberSymbol: '27-CT/TU',
      placeAndDate: 'Sơn Hà, ngày 15 tháng 3 năm 2026',
      typeLabel: 'CHỈ THỊ',
      title: 'về tăng cường công tác phát triển đảng viên',
      paragraphs: Array.from({ length: 40 }, () => body),
      signature: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
    })
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    const text = await pdfToText(bytes)
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
    expect(text).toContain('Số 27-CT/TU')
    expect(text).toContain('phát huy tinh thần Điện Biên Phủ')
    expect(text.split('đảng viên gương mẫu').length - 1).toBe(40)
  })
})
