/** The curated synonyms: what members write meets what the bank says, with accents or without. */
import { describe, expect, it } from 'vitest'
import { analyze } from './analysis.ts'
import { canonicalExact, canonicalFolded, SYNONYMS, synonymTable, words } from './synonyms.ts'

const exact = (text: string) =>
  canonicalExact(words(text))
    .map((r) => r.word)
    .join(' ')
const folded = (text: string) =>
  canonicalFolded(words(text))
    .map((r) => r.word)
    .join(' ')

describe('synonyms', () => {
  it('rewrites each phrase of a group to the same words, with and without accents', () => {
    for (const group of SYNONYMS) {
      for (const phrase of group) {
        expect(exact(phrase), phrase).toBe(exact(group[0]!))
        expect(folded(phrase), phrase).toBe(folded(group[0]!))
      }
    }
  })

  it('makes "nộp đảng phí hằng tháng" and "đóng đảng phí mỗi tháng" the same', () => {
    expect(exact('Nộp đảng phí hằng tháng')).toBe(exact('đóng đảng phí mỗi tháng'))
    expect(folded('nop dang phi hang thang')).toBe(folded('Đóng đảng phí mỗi tháng'))
    expect(folded('di bo doi')).toBe(folded('nhập ngũ'))
    expect(folded('Chuyển Đảng')).toBe(folded('chuyển sinh hoạt đảng'))
  })

  it('prefers the longest phrase and leaves other words alone', () => {
    expect(exact('mất thẻ đảng viên')).toBe('mất thẻ đảng viên')
    expect(exact('đánh rơi thẻ đảng')).toBe('mất thẻ đảng viên')
    expect(exact('xin vào đảng')).toBe('xin kết nạp')
    expect(exact('giá lúa năm nay')).toBe('giá lúa năm nay')
  })

  it('lists every phrase with its others, accented and folded, for Meilisearch', () => {
    const table = synonymTable()
    expect(table['hằng tháng']).toEqual(expect.arrayContaining(['mỗi tháng', 'hang thang', 'moi thang']))
    expect(table['di bo doi']).toEqual(expect.arrayContaining(['nhập ngũ', 'nghĩa vụ quân sự']))
    expect(table['hằng tháng']).not.toContain('hằng tháng')
  })
})

describe('analysis', () => {
  it('drops filler words but keeps "không" inside a question', () => {
    const { exact } = analyze('Cho em hỏi đảng viên không có lương thì đóng đảng phí bao nhiêu ạ?', true)
    expect(exact.single).not.toEqual(expect.arrayContaining(['em', 'hỏi', 'ạ', 'thì']))
    expect(exact.single).toContain('không')
    expect(analyze('Có được họp trực tuyến không?', true).exact.single).not.toContain('không')
  })

  it('pairs neighbouring syllables, exact and folded', () => {
    const { exact, folded } = analyze('Đảng phí tính thế nào')
    expect(exact.pairs).toContain('đảng phí')
    expect(folded.pairs).toContain('dang phi')
    expect(folded.single).toEqual(expect.arrayContaining(['dang', 'phi']))
  })
})
