/**
 * The text form the static search (Pagefind) indexes and queries in: đ/Đ written as d/D plus a combining mark, so
 * Pagefind's own mark stripping folds "đảng" to "dang" while the exact form still ranks first.
 *
 * The mark is U+0345, a combining mark Unicode also counts as a letter (Other_Alphabetic). Pagefind keeps letters
 * in a word, so "dͅảng" stays one word with one variant. A mark that is not a letter (the stroke U+0335, used
 * before) made Pagefind index each đ word twice, as "dảng" and as the compound part "d̵ảng", which doubled the
 * index chunk a search for "dang" downloads.
 */

/** U+0345 COMBINING GREEK YPOGEGRAMMENI: stripped like a tone when Pagefind folds, kept inside the word. */
export const PAGEFIND_D_MARK = '\u0345'

/** Rewrites đ/Đ as d/D + the mark; every other letter, tone and mark is kept as it is. */
export function toPagefindForm(text: string): string {
  return text.replace(/đ/g, `d${PAGEFIND_D_MARK}`).replace(/Đ/g, `D${PAGEFIND_D_MARK}`)
}

const MARKED_D = new RegExp(`([dD])((?:<[^>]*>)?)${PAGEFIND_D_MARK}`, 'g')

/**
 * Turns Pagefind's titles and excerpts back into đ/Đ for display. A highlight tag Pagefind may have put
 * between the letter and its mark (`d</mark>ͅ`) is kept after the restored letter.
 */
export function fromPagefindForm(text: string): string {
  return text.replace(
    MARKED_D,
    (_match, letter: string, tag: string) => `${letter === 'd' ? 'đ' : 'Đ'}${tag}`,
  )
}
