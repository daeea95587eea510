/** What the voice will say for the numbers, dates and abbreviations of real party texts. */
import { describe, expect, it } from 'vitest'
import { lexicalToPlainText } from './lexicalText.ts'
import { normalizeForSpeech as say } from './normalize.ts'
import { integerToWords } from './numbers.ts'
import { romanToNumber } from './roman.ts'
import { speechSourceText, trimToSentence } from './speechText.ts'

describe('numbers in words', () => {
  it.each([
    ['0', 'không'],
    ['5', 'năm'],
    ['10', 'mười'],
    ['15', 'mười lăm'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['55', 'năm mươi lăm'],
    ['100', 'một trăm'],
    ['105', 'một trăm linh năm'],
    ['110', 'một trăm mười'],
    ['1000', 'một nghìn'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['2026', 'hai nghìn không trăm hai mươi sáu'],
    ['1250000', 'một triệu hai trăm năm mươi nghìn'],
    ['2000000005', 'hai tỷ không trăm linh năm'],
    ['0912345678', 'không chín một hai ba bốn năm sáu bảy tám'],
  ])('%s → %s', (digits, words) => expect(integerToWords(digits)).toBe(words))

  it('reads thousands separators, decimal commas and percentages', () => {
    expect(say('1.250.000 đồng')).toBe('một triệu hai trăm năm mươi nghìn đồng')
    expect(say('đạt 3,5 điểm')).toBe('đạt ba phẩy năm điểm')
    expect(say('tăng 95,5%')).toBe('tăng chín mươi lăm phẩy năm phần trăm')
    expect(say('100% chi bộ')).toBe('một trăm phần trăm chi bộ')
    expect(say('0,05')).toBe('không phẩy không năm')
    expect(say('giai đoạn 2021-2025')).toBe(
      'giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm',
    )
  })
})

describe('dates and times', () => {
  it('says a full date with "mùng" for days 1–10 and adds "ngày" when missing', () => {
    expect(say('Ngày 3/2/2026')).toBe('Ngày mùng ba tháng hai năm hai nghìn không trăm hai mươi sáu')
    expect(say('họp 15/4/2026')).toBe('họp ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu')
    expect(say('ngày 10-12-2025')).toBe('ngày mùng mười tháng mười hai năm hai nghìn không trăm hai mươi lăm')
    expect(say('ngày 19/5')).toBe('ngày mười chín tháng năm')
    expect(say('ngày 5 tháng 4')).toBe('ngày mùng năm tháng tư')
  })

  it('says month/year and leaves impossible dates to the number rules', () => {
    expect(say('tháng 12/2025')).toBe('tháng mười hai năm hai nghìn không trăm hai mươi lăm')
    expect(say('32/13/2026')).not.toContain('ngày')
  })

  it('says clock times', () => {
    expect(say('lúc 14h')).toBe('lúc mười bốn giờ')
    expect(say('lúc 14h30')).toBe('lúc mười bốn giờ ba mươi phút')
    expect(say('từ 7h00 đến 08:05')).toBe('từ bảy giờ đến tám giờ năm phút')
  })
})

describe('party abbreviations and document symbols', () => {
  it('expands the common abbreviations', () => {
    expect(say('Đ/c Nguyễn Văn An, đ/c Bí thư')).toBe('đồng chí Nguyễn Văn An, đồng chí Bí thư')
    expect(say('UBND, HĐND, MTTQ tỉnh')).toBe('Ủy ban nhân dân, Hội đồng nhân dân, Mặt trận Tổ quốc tỉnh')
    expect(say('BCH, BTV, ĐBQH')).toBe('Ban Chấp hành, Ban Thường vụ, Đại biểu Quốc hội')
    expect(say('Ban Bí thư TW')).toBe('Ban Bí thư Trung ương')
    expect(say('TP Hà Nội và TP.HCM')).toBe('Thành phố Hà Nội và Thành phố Hồ Chí Minh')
    expect(say('NQ/TW, CT/TU, QĐ/TW, KL/TW')).toBe(
      'Nghị quyết Trung ương, Chỉ thị Tỉnh ủy, Quyết định Trung ương, Kết luận Trung ương',
    )
  })

  it('does not touch words that merely contain an abbreviation', () => {
    expect(say('TWITTER')).toBe('TWITTER')
    expect(say('Thành phố')).toBe('Thành phố')
  })

  it('reads a symbol as "<kind> số <number> của <issuer>", without repeating what the sentence says', () => {
    expect(say('27-CT/TU')).toBe('Chỉ thị số hai mươi bảy của Tỉnh ủy')
    expect(say('Chỉ thị 27-CT/TU')).toBe('Chỉ thị số hai mươi bảy của Tỉnh ủy')
    expect(say('Thực hiện Nghị quyết số 57-NQ/TW')).toBe(
      'Thực hiện Nghị quyết số năm mươi bảy của Trung ương',
    )
    expect(say('Nghị quyết số 57-NQ/TW của Bộ Chính trị')).toBe('Nghị quyết số năm mươi bảy của Bộ Chính trị')
    expect(say('văn bản số 27-CT/TU')).toBe('văn bản số hai mươi bảy, Chỉ thị của Tỉnh ủy')
    expect(say('Quy định 05-QĐi/TW')).toBe('Quy định số năm của Trung ương')
    expect(say('Kế hoạch số 12/KH-ĐU')).toBe('Kế hoạch số mười hai của Đảng ủy')
    expect(say('Nghị định 12/2025/NĐ-CP')).toBe(
      'Nghị định số mười hai năm hai nghìn không trăm hai mươi lăm của Chính phủ',
    )
  })

  it('reads Roman numerals of congresses, terms and ordinals', () => {
    expect(say('Đại hội XIV của Đảng')).toBe('Đại hội mười bốn của Đảng')
    expect(say('Quốc hội khóa XV')).toBe('Quốc hội khóa mười lăm')
    expect(say('Hội nghị lần thứ IV')).toBe('Hội nghị lần thứ tư')
    expect(say('lần thứ I')).toBe('lần thứ nhất')
    expect(say('Chương II')).toBe('Chương hai')
    expect(romanToNumber('XIIII')).toBeUndefined()
  })

  it('drops links and e-mail addresses', () => {
    expect(say('Xem https://dangcongsan.vn/tin?id=1. Hết')).toBe('Xem. Hết')
    expect(say('Gửi bandientu@sonha.vn hoặc www.sonha.vn')).toBe('Gửi hoặc')
  })
})

describe('rich text and what is read', () => {
  const lexical = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Mục tiêu' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Câu một.' },
            { type: 'linebreak' },
            { type: 'text', text: 'Câu hai.' },
          ],
        },
        { type: 'upload', value: 1 },
        { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Ý thứ nhất' }] }] },
      ],
    },
  }

  it('turns Lexical JSON (object or string) into lines, headings ending with a pause', () => {
    expect(lexicalToPlainText(lexical)).toBe('Mục tiêu.\nCâu một.\nCâu hai.\nÝ thứ nhất')
    expect(lexicalToPlainText(JSON.stringify(lexical))).toBe(lexicalToPlainText(lexical))
    expect(lexicalToPlainText(null)).toBe('')
  })

  it('reads title, symbol, summary then body, and cuts very long texts at a sentence', () => {
    expect(
      speechSourceText({ title: 'Tiêu đề', numberSymbol: '27-CT/TU', summary: 'Tóm tắt', content: lexical }),
    ).toBe('Tiêu đề.\n27-CT/TU.\nTóm tắt.\nMục tiêu.\nCâu một.\nCâu hai.\nÝ thứ nhất')
    const long = 'Một câu rất dài. '.repeat(3000)
    const cut = trimToSentence(long, 1000)
    expect(cut.length).toBeLessThanOrEqual(1000)
    expect(cut.endsWith('.')).toBe(true)
  })
})
