/** Vietnamese full names (họ, tên đệm, tên) drawn with the family-name frequencies seen in real registers. */
import { foldAccents } from '@sotay/content-schemas'
import type { Random } from './random.ts'

export type Gender = 'nam' | 'nu'

/** Family names with rough weights: Nguyễn alone is about a third of the population. */
const FAMILY: [string, number][] = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 4],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
  ['Trịnh', 1],
  ['Đào', 1],
  ['Mai', 1],
  ['Lương', 1],
  ['Tạ', 1],
  ['Lò', 1],
  ['Hà', 1],
]
const FAMILY_TOTAL = FAMILY.reduce((sum, [, weight]) => sum + weight, 0)

const MIDDLE: Record<Gender, string[]> = {
  nam: [
    'Văn',
    'Văn',
    'Văn',
    'Hữu',
    'Đức',
    'Minh',
    'Quang',
    'Công',
    'Xuân',
    'Thanh',
    'Ngọc',
    'Trọng',
    'Đình',
    'Quốc',
    'Tiến',
    'Bá',
  ],
  nu: [
    'Thị',
    'Thị',
    'Thị',
    'Thị',
    'Thu',
    'Ngọc',
    'Thanh',
    'Minh',
    'Hồng',
    'Thúy',
    'Kim',
    'Phương',
    'Diệu',
    'Bích',
  ],
}

const GIVEN: Record<Gender, string[]> = {
  nam: [
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Hiếu',
    'Trung',
    'Thành',
    'Toàn',
    'Lâm',
    'Kiên',
    'Lộc',
    'Phúc',
    'Quyết',
    'Tài',
    'Thịnh',
    'Hưng',
    'Đông',
    'Khải',
    'Nghĩa',
    'Tâm',
    'Hòa',
    'Định',
    'Chiến',
    'Hoàng',
    'Tú',
  ],
  nu: [
    'Anh',
    'Hà',
    'Hằng',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngọc',
    'Nhung',
    'Phương',
    'Quỳnh',
    'Thảo',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
    'Hạnh',
    'Thủy',
    'Loan',
    'Hoa',
    'Dung',
    'Giang',
    'Huyền',
    'Oanh',
    'Nga',
    'Hiền',
    'Thư',
    'Nhàn',
    'Liên',
    'Duyên',
    'Châu',
    'Uyên',
    'Trâm',
    'Xuân',
    'Lý',
    'My',
  ],
}

function familyName(random: Random): string {
  let roll = random.next() * FAMILY_TOTAL
  for (const [name, weight] of FAMILY) {
    roll -= weight
    if (roll < 0) return name
  }
  return FAMILY[0]![0]
}

/** A full name; one spelt without any mark ("Phan Minh Anh") is drawn again, so the demo shows diacritics everywhere. */
export function fullName(random: Random, gender: Gender): string {
  for (;;) {
    const name = drawName(random, gender)
    if (foldAccents(name) !== name) return name
  }
}

function drawName(random: Random, gender: Gender): string {
  const family = familyName(random)
  const given = random.pick(GIVEN[gender].filter((g) => g !== family))
  const middles = MIDDLE[gender].filter((m) => m !== given && m !== family)
  const parts = [family, random.pick(middles)]
  // About one in six carries a second middle name, as in "Nguyễn Thị Thu Hà".
  if (random.chance(0.16)) {
    const second = random.pick(middles.filter((m) => !parts.includes(m) && m !== 'Văn' && m !== 'Thị'))
    parts.push(second)
  }
  parts.push(given)
  return parts.join(' ')
}
