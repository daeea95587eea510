/**
 * Words members use for the same thing, so "nộp tiền đảng hằng tháng" meets "đóng đảng phí mỗi tháng".
 * Each group's first phrase is the one the others are rewritten to, in the exact and the folded forms;
 * kept small and curated: a wrong pair makes the bank answer the wrong question.
 */
import { foldAccents } from '@sotay/content-schemas'

export const SYNONYMS: readonly (readonly string[])[] = [
  ['hằng tháng', 'hàng tháng', 'mỗi tháng', 'tháng nào cũng'],
  ['hằng năm', 'hàng năm', 'mỗi năm', 'năm nào cũng'],
  ['đóng', 'nộp'],
  ['đảng phí', 'tiền đảng phí', 'tiền đảng'],
  ['nhập ngũ', 'đi bộ đội', 'nghĩa vụ quân sự', 'đi lính', 'tòng quân'],
  ['chuyển sinh hoạt đảng', 'chuyển đảng', 'chuyển sinh hoạt'],
  ['kết nạp', 'vào đảng', 'trở thành đảng viên'],
  ['dự bị', 'đảng viên dự bị'],
  ['nghỉ hưu', 'về hưu', 'hưu trí'],
  ['sinh hoạt chi bộ', 'họp chi bộ', 'cuộc họp chi bộ', 'buổi họp chi bộ'],
  ['thẻ đảng viên', 'thẻ đảng'],
  ['từ trần', 'qua đời', 'đã qua đời'],
  ['mất', 'đánh mất', 'làm mất', 'đánh rơi', 'thất lạc'],
  ['trực tuyến', 'online', 'qua mạng'],
  ['mạng xã hội', 'facebook', 'zalo'],
  ['sổ tay', 'ứng dụng', 'app'],
  ['mật khẩu', 'pass', 'password'],
  ['căn cước', 'căn cước công dân', 'cccd', 'chứng minh nhân dân', 'cmnd'],
  ['sinh con', 'đẻ con'],
  ['miễn sinh hoạt', 'nghỉ sinh hoạt'],
  ['kinh doanh', 'buôn bán', 'làm kinh tế'],
  ['nước ngoài', 'ngoại quốc'],
]

export const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

interface PhraseMap {
  /** Phrase (space-joined words) to its replacement words. */
  to: Map<string, string[]>
  longest: number
}

function phraseMap(fold: (word: string) => string): PhraseMap {
  const to = new Map<string, string[]>()
  let longest = 1
  for (const group of SYNONYMS) {
    const canonical = words(group[0]!).map(fold)
    for (const phrase of group) {
      const ws = words(phrase).map(fold)
      longest = Math.max(longest, ws.length)
      // The exact map sees only accented phrases as written; folding may make two groups meet, first wins.
      if (!to.has(ws.join(' '))) to.set(ws.join(' '), canonical)
    }
  }
  return { to, longest }
}

const EXACT = phraseMap((w) => w)
const FOLDED = phraseMap((w) => foldAccents(w))

/** A word after rewriting: `at` is its place in the input, or undefined when a synonym put it there. */
export interface Rewritten {
  word: string
  at?: number
}

/** Rewrites every synonym phrase (longest first) to its group's first phrase. */
function rewrite(input: string[], map: PhraseMap): Rewritten[] {
  const out: Rewritten[] = []
  for (let i = 0; i < input.length; ) {
    let n = Math.min(map.longest, input.length - i)
    for (; n >= 1; n--) {
      const replacement = map.to.get(input.slice(i, i + n).join(' '))
      if (replacement) {
        out.push(...replacement.map((word) => ({ word })))
        break
      }
    }
    if (n >= 1) i += n
    else {
      out.push({ word: input[i]!, at: i })
      i++
    }
  }
  return out
}

/** Lower-cased words as written, synonyms rewritten. */
export const canonicalExact = (input: string[]) => rewrite(input, EXACT)
/** Folded words, synonyms rewritten in their folded form. */
export const canonicalFolded = (input: string[]) => rewrite(input.map(foldAccents), FOLDED)

/** Every phrase with the others of its group, accented and folded: Meilisearch's synonyms setting. */
export function synonymTable(): Record<string, string[]> {
  const table: Record<string, string[]> = {}
  for (const group of SYNONYMS) {
    const all = [...new Set(group.flatMap((p) => [p, foldAccents(p)]))]
    for (const phrase of all) table[phrase] = all.filter((other) => other !== phrase)
  }
  return table
}
