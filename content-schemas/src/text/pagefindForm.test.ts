import { describe, expect, it } from 'vitest'
import { foldAccents } from './fold.ts'
import { fromPagefindForm, PAGEFIND_D_MARK, toPagefindForm } from './pagefindForm.ts'

describe('toPagefindForm', () => {
  it('writes đ and Đ as d and D with a combining mark, keeping tones and case', () => {
    expect(toPagefindForm('Đảng viên đóng đảng phí')).toBe(
      `D${PAGEFIND_D_MARK}ảng viên d${PAGEFIND_D_MARK}óng d${PAGEFIND_D_MARK}ảng phí`,
    )
  })

  it('leaves text without đ exactly as it was', () => {
    expect(toPagefindForm('nghị quyết, chi bộ, 27-CT/TU')).toBe('nghị quyết, chi bộ, 27-CT/TU')
  })

  it('folds to the same key as the shared helper once marks are stripped', () => {
    // Pagefind removes combining marks (NFD) when it folds; the mark must go with them.
    const stripped = toPagefindForm('Điện Biên Phủ, đảng viên').normalize('NFD').replace(/\p{M}/gu, '')
    expect(stripped).toBe(foldAccents('Điện Biên Phủ, đảng viên'))
  })

  it('changes a query with no đ not at all, so "dang vien" is searched as typed', () => {
    expect(toPagefindForm('dang vien')).toBe('dang vien')
  })
})

describe('fromPagefindForm', () => {
  it('round-trips any text', () => {
    const text = 'Đại hội Đảng bộ tỉnh: đảng viên Điện Biên, ĐẢNG ỦY'
    expect(fromPagefindForm(toPagefindForm(text))).toBe(text)
  })

  it('restores đ inside highlighted excerpts', () => {
    const excerpt = `<mark>d${PAGEFIND_D_MARK}ảng</mark> <mark>viên</mark> của chi bộ`
    expect(fromPagefindForm(excerpt)).toBe('<mark>đảng</mark> <mark>viên</mark> của chi bộ')
  })

  it('keeps a highlight tag that falls between the letter and its mark', () => {
    expect(fromPagefindForm(`<mark>D</mark>${PAGEFIND_D_MARK}iện`)).toBe('<mark>Đ</mark>iện')
  })
})
