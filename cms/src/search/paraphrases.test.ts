/**
 * Questions in a member's own words over the demo bank as the CMS loads it (answers included): the
 * right entry comes first and is answered at once, with or without accents; off-subject ones are not.
 */
import { AUTO_ANSWER_CONFIDENCE } from '@sotay/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import { FAQ } from '../seed/content/faq.ts'
import { demoFaqBank } from '../seed/demoFaqBank.ts'
import type { FaqBank } from './faqBank.ts'

let bank: FaqBank
const best = async (q: string) => (await bank.match(q, { visibleTo: ['public'] }))[0]
const questionOf = (hit: { id: string } | undefined) => (hit ? FAQ[Number(hit.id)]!.question : undefined)

beforeAll(async () => {
  bank = await demoFaqBank()
})

const ANSWERED: [string, string[]][] = [
  [
    'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    [
      'Đảng phí hằng tháng tôi phải đóng bao nhiêu?',
      'dang phi hang thang toi phai dong bao nhieu',
      'Cho em hỏi mỗi tháng nộp đảng phí bao nhiêu ạ?',
    ],
  ],
  [
    'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    ['Đảng viên đi bộ đội thì sinh hoạt ở đâu?', 'di bo doi thi sinh hoat dang o dau'],
  ],
  [
    'Mất thẻ đảng viên thì làm thế nào?',
    ['Tôi đánh rơi thẻ Đảng thì làm sao?', 'danh roi the dang thi lam sao'],
  ],
  [
    'Đảng viên dự bị có phải đóng đảng phí không?',
    ['Dự bị có phải nộp đảng phí không?', 'du bi co phai nop dang phi khong'],
  ],
]

describe('questions in members’ own words', () => {
  for (const [want, asks] of ANSWERED) {
    it(`answers "${want}" at once, with and without accents`, async () => {
      for (const asked of asks) {
        const hit = await best(asked)
        expect(questionOf(hit), asked).toBe(want)
        expect(hit!.confidence, asked).toBeGreaterThanOrEqual(AUTO_ANSWER_CONFIDENCE)
      }
    })
  }

  it('keeps "không" that changes the question: a farmer without a salary is asked about, not any member', async () => {
    const hit = await best('Đảng viên không có lương thì đóng đảng phí bao nhiêu?')
    expect(questionOf(hit)).toBe('Đảng viên là nông dân, không có lương thì đóng đảng phí bao nhiêu?')
  })

  it('sends questions the bank has no answer for to the secretary', async () => {
    for (const asked of [
      'Bảo hiểm y tế hộ gia đình đóng bao nhiêu một năm?',
      'Đảng viên có được vay vốn ngân hàng chính sách không?',
      'lich cat dien tuan nay',
    ]) {
      const hit = await best(asked)
      expect(hit?.confidence ?? 0, asked).toBeLessThan(AUTO_ANSWER_CONFIDENCE)
    }
  })
})
