import { describe, expect, it } from 'vitest'
import { foldAccents, searchKey, searchTerms } from './fold.ts'

describe('foldAccents', () => {
  it('folds tones, marks and đ so unaccented typing matches', () => {
    expect(foldAccents('Đảng viên')).toBe('Dang vien')
    expect(foldAccents('Nghị quyết số 57-NQ/TW')).toBe('Nghi quyet so 57-NQ/TW')
    expect(foldAccents('Điện Biên Phủ')).toBe('Dien Bien Phu')
    expect(foldAccents('chi bộ, đảng bộ, Đảng ủy')).toBe('chi bo, dang bo, Dang uy')
  })

  it('handles decomposed input the same as composed', () => {
    expect(foldAccents('đa\u0309ng')).toBe('dang')
  })

  it('leaves plain ASCII untouched', () => {
    expect(foldAccents('27-CT/TU 2026')).toBe('27-CT/TU 2026')
  })
})

describe('searchKey and searchTerms', () => {
  it('lower-case and collapse space', () => {
    expect(searchKey('  Sinh  HOẠT   Chi Bộ ')).toBe('sinh hoat chi bo')
  })

  it('split into folded words', () => {
    expect(searchTerms('Đảng phí: mức đóng?')).toEqual(['dang', 'phi', 'muc', 'dong'])
  })
})
