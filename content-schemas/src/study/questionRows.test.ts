import { describe, expect, it } from 'vitest'
import { checkQuestionRows } from './questionRows.ts'

const HEADER = {
  row: 1,
  cells: ['Câu hỏi', 'Phương án A', 'Phương án B', 'Phương án C', 'Đáp án đúng', 'Giải thích'],
}

describe('questions read from a spreadsheet', () => {
  it('reads single and multiple answers, with explanations', () => {
    const { questions, errors } = checkQuestionRows([
      HEADER,
      {
        row: 2,
        cells: ['Chi bộ sinh hoạt bao lâu một lần?', 'Mỗi tuần', 'Mỗi tháng', '', 'B', 'Điều lệ Đảng.'],
      },
      { row: 3, cells: ['Nội dung chuyên đề?', 'Nghị quyết', 'Làm theo Bác', 'Việc riêng', 'a, b', ''] },
      { row: 4, cells: ['', '', '', '', '', ''] },
    ])
    expect(errors).toEqual([])
    expect(questions).toEqual([
      {
        text: 'Chi bộ sinh hoạt bao lâu một lần?',
        multiple: false,
        options: [
          { text: 'Mỗi tuần', correct: false },
          { text: 'Mỗi tháng', correct: true },
        ],
        explanation: 'Điều lệ Đảng.',
      },
      {
        text: 'Nội dung chuyên đề?',
        multiple: true,
        options: [
          { text: 'Nghị quyết', correct: true },
          { text: 'Làm theo Bác', correct: true },
          { text: 'Việc riêng', correct: false },
        ],
        explanation: null,
      },
    ])
  })

  it('names every faulty row in Vietnamese', () => {
    const { errors } = checkQuestionRows([
      HEADER,
      { row: 2, cells: ['', 'Có', 'Không', '', 'A'] },
      { row: 3, cells: ['Một phương án?', 'Có', '', '', 'A'] },
      { row: 4, cells: ['Thiếu đáp án?', 'Có', 'Không', '', ''] },
      { row: 5, cells: ['Đáp án lạ?', 'Có', 'Không', '', 'D'] },
    ])
    expect(errors.map((e) => e.message)).toEqual([
      'Dòng 2: thiếu nội dung câu hỏi.',
      'Dòng 3: cần ít nhất hai phương án trả lời.',
      'Dòng 4: thiếu đáp án đúng (ghi chữ cái, ví dụ “B” hoặc “A, C”).',
      'Dòng 5: đáp án “D” không khớp với phương án nào đã ghi.',
    ])
  })

  it('refuses a sheet without the header', () => {
    expect(checkQuestionRows([{ row: 1, cells: ['Tên', 'Tuổi'] }]).errors[0]?.message).toContain(
      'Dòng tiêu đề',
    )
  })
})
