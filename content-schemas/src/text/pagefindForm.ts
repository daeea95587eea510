/**
 * The text form the static search (Pagefind) indexes and queries in: đ/Đ written as d/D plus a combining
 * stroke, so Pagefind's own mark stripping folds "đảng" to "dang" while the exact form still ranks first.
 */

/** U+0335 COMBINING SHORT STROKE OVERLAY: a mark Pagefind strips like a tone, unlike the letter đ. */
export const PAGEFIND_STROKE = '\u0335'

/** Rewrites đ/Đ as d/D + stroke; every other letter, tone and mark is kept as it is. */
export function toPagefindForm(text: string): string {
  return text.replace(/đ/g, `d${PAGEFIND_STROKE}`).replace(/Đ/g, `D${PAGEFIND_STROKE}`)
}

const STROKED_D = new RegExp(`([dD])((?:<[^>]*>)?)${PAGEFIND_STROKE}`, 'g')

/**
 * Turns Pagefind's titles and excerpts back into đ/Đ for display. A highlight tag Pagefind may have put
 * between the letter and its stroke (`d</mark>̵`) is kept after the restored letter.
 */
export function fromPagefindForm(text: string): string {
  return text.replace(
    STROKED_D,
    (_match, letter: string, tag: string) => `${letter === 'd' ? 'đ' : 'Đ'}${tag}`,
  )
}
