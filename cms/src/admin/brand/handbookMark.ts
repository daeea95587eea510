/** The handbook's mark, as on the site's favicon: a yellow star on a red rounded square (32 × 32). */

export const HANDBOOK_NAME = 'Sổ tay Đảng viên'
export const MARK = {
  red: '#b3121b',
  yellow: '#ffd400',
  star: 'M16 6l2.6 6.9H26l-6 4.4 2.3 7.1L16 20l-6.3 4.4 2.3-7.1-6-4.4h7.4z',
}

export const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${MARK.red}"/><path d="${MARK.star}" fill="${MARK.yellow}"/></svg>`
