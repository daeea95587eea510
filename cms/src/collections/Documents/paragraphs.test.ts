/** A PDF's paragraphs survive text extraction: lines of one paragraph join, paragraphs stay apart. */
import { describe, expect, it } from 'vitest'
import { samplePdf } from './pages/samplePdf.ts'
import { paragraphsOf } from './paragraphs.ts'
import { pdfToText } from './pdfToText.ts'

describe('paragraphs of a PDF', () => {
  it('joins wrapped lines and keeps paragraphs apart, across a page break too', async () => {
    const text = await pdfToText(
      await samplePdf([
        [
          ['Chi bộ sinh hoạt định kỳ mỗi tháng một lần,', 'do đồng chí Bí thư chủ trì.'],
          ['Đảng viên đóng đảng phí hằng tháng', 'theo Quy định số 01-QĐ/TW.'],
        ],
        [['Kiểm tra, giám sát việc thực hiện', 'nghị quyết của chi bộ.']],
      ]),
    )
    expect(text.split('\n\n')).toEqual([
      'Chi bộ sinh hoạt định kỳ mỗi tháng một lần, do đồng chí Bí thư chủ trì.',
      'Đảng viên đóng đảng phí hằng tháng theo Quy định số 01-QĐ/TW.',
      'Kiểm tra, giám sát việc thực hiện nghị quyết của chi bộ.',
    ])
  })

  it('a two-column header, a wider gap and a larger type each begin a paragraph', () => {
    const item = (str: string, x: number, y: number, fontSize = 11) => ({ str, x, y, fontSize })
    expect(
      paragraphsOf([
        [
          item('TỈNH ỦY SƠN HÀ', 84, 782),
          item('Số 27-CT/TU', 124, 766),
          item('ĐẢNG CỘNG SẢN VIỆT NAM', 322, 782),
          item('CHỈ THỊ', 272, 700, 14),
          item('Nội dung dòng một', 70, 660, 12),
          item('nối tiếp dòng hai.', 70, 643, 12),
          item('Sau khoảng cách lớn.', 70, 600, 12),
        ],
      ]),
    ).toEqual([
      // Centred header lines start further right than the line above: each stands alone.
      'TỈNH ỦY SƠN HÀ',
      'Số 27-CT/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHỈ THỊ',
      'Nội dung dòng một nối tiếp dòng hai.',
      'Sau khoảng cách lớn.',
    ])
  })
})
