import { describe, expect, it } from 'vitest'
import { checkSurveyAnswers, type SurveyQuestionShape } from './answers.ts'
import { SURVEY_MESSAGES } from './messages.ts'
import { tallySurvey } from './tally.ts'

const QUESTIONS: SurveyQuestionShape[] = [
  {
    text: 'Đồng chí đọc chuyên đề tháng này chưa?',
    kind: 'choice',
    required: true,
    options: [{ text: 'Đã đọc' }, { text: 'Chưa' }],
  },
  {
    text: 'Hình thức học tập nào phù hợp?',
    kind: 'multiple',
    options: [{ text: 'Trên điện thoại' }, { text: 'Tại chi bộ' }, { text: 'Tài liệu in' }],
  },
  { text: 'Mức độ hài lòng với buổi sinh hoạt', kind: 'scale', required: true },
  { text: 'Góp ý thêm', kind: 'text' },
]

describe('checking survey answers', () => {
  it('keeps well-formed answers, trims texts and drops blank optional ones', () => {
    const checked = checkSurveyAnswers(QUESTIONS, {
      0: [1],
      1: [2, 0, 2],
      2: 4,
      3: '  Nên có thêm bài nghe. ',
    })
    expect(checked).toEqual({ ok: true, answers: { 0: [1], 1: [0, 2], 2: 4, 3: 'Nên có thêm bài nghe.' } })
    expect(checkSurveyAnswers(QUESTIONS, { 0: [0], 2: 3, 3: '   ' })).toEqual({
      ok: true,
      answers: { 0: [0], 2: 3 },
    })
  })

  it('refuses, in Vietnamese and naming the question, what does not fit', () => {
    const fault = (given: Record<string, unknown>) => {
      const checked = checkSurveyAnswers(QUESTIONS, given)
      return checked.ok ? null : checked.message
    }
    expect(fault({ 2: 3 })).toBe(`${SURVEY_MESSAGES.required}1. Đồng chí đọc chuyên đề tháng này chưa?`)
    expect(fault({ 0: [0, 1], 2: 3 })).toContain(SURVEY_MESSAGES.oneChoice)
    expect(fault({ 0: [5], 2: 3 })).toContain(SURVEY_MESSAGES.badChoice)
    expect(fault({ 0: [0], 2: 6 })).toBe(`${SURVEY_MESSAGES.badScale}3. Mức độ hài lòng với buổi sinh hoạt`)
    expect(fault({ 0: [0], 2: 2.5 })).toContain(SURVEY_MESSAGES.badScale)
    expect(fault({ 0: [0], 2: 3, 3: 'x'.repeat(2001) })).toContain(SURVEY_MESSAGES.tooLong)
    expect(fault({ 0: [0], 2: 3, 9: 'lạc đề' })).toBe(SURVEY_MESSAGES.unknownQuestion)
  })
})

describe('tallying a survey', () => {
  it('counts choices, averages the scale and lists the texts', () => {
    const [read, ways, scale, notes] = tallySurvey(QUESTIONS, [
      { 0: [0], 1: [0, 1], 2: 5, 3: 'Tốt' },
      { 0: [0], 2: 4 },
      { 0: [1], 1: [1], 2: 4 },
    ])
    expect(read.counts).toEqual([
      { label: 'Đã đọc', count: 2 },
      { label: 'Chưa', count: 1 },
    ])
    expect(ways.counts.map((c) => c.count)).toEqual([1, 2, 0])
    expect(ways.answered).toBe(2)
    expect(scale.average).toBe(4.33)
    expect(scale.counts.map((c) => c.count)).toEqual([0, 0, 0, 2, 1])
    expect(notes.texts).toEqual(['Tốt'])
    expect(tallySurvey(QUESTIONS, [])[2].average).toBeNull()
  })
})
