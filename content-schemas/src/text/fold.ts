/** Vietnamese accent folding: the one helper every search path uses, so "dang vien" finds "đảng viên". */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Strips tones and marks and maps đ/Đ to d/D, keeping case. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/** Folded, lower-cased, with runs of space collapsed: the form search keys are compared in. */
export function searchKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Splits text into folded search terms (letters and digits, Vietnamese syllables kept whole). */
export function searchTerms(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}
