/** Seeded synthetic Vietnamese articles for the site-build and search benchmarks (realistic words, ~600 a page). */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SUBJECTS = [
  'Đảng ủy xã',
  'Chi bộ thôn',
  'Ban Thường vụ Tỉnh ủy',
  'Mỗi đảng viên',
  'Cấp ủy các cấp',
  'Ủy ban Kiểm tra',
  'Ban Tuyên giáo',
  'Đoàn Thanh niên',
  'Hội Nông dân',
  'Mặt trận Tổ quốc',
  'Hội Cựu chiến binh',
  'Bí thư chi bộ',
  'Đảng bộ phường',
  'Ban Tổ chức',
  'Hội Liên hiệp Phụ nữ',
  'Công đoàn cơ sở',
  'Đảng bộ Quân sự tỉnh',
]
const VERBS = [
  'triển khai',
  'quán triệt',
  'tổ chức',
  'kiểm tra',
  'giám sát',
  'đánh giá',
  'nâng cao',
  'tăng cường',
  'thực hiện',
  'tổng kết',
  'rà soát',
  'bồi dưỡng',
  'phát huy',
  'đẩy mạnh',
  'xây dựng',
  'củng cố',
  'hướng dẫn',
  'thảo luận',
  'biểu dương',
  'học tập và làm theo',
]
const OBJECTS = [
  'nghị quyết của Trung ương',
  'chất lượng sinh hoạt chi bộ',
  'công tác phát triển đảng viên',
  'chuyển đổi số',
  'cải cách hành chính',
  'phong trào thi đua yêu nước',
  'tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'công tác dân vận',
  'kế hoạch phát triển kinh tế - xã hội',
  'chương trình xây dựng nông thôn mới',
  'việc thu, nộp đảng phí',
  'công tác kiểm tra, giám sát',
  'quy chế dân chủ ở cơ sở',
  'an ninh trật tự',
  'giảm nghèo bền vững',
  'bảo vệ môi trường',
  'giáo dục truyền thống cách mạng',
  'chỉ thị của Ban Bí thư',
  'quy định về những điều đảng viên không được làm',
  'đại hội đảng bộ các cấp',
  'công tác cán bộ',
]
const ADVERBIALS = [
  'trong năm qua',
  'ngay từ đầu nhiệm kỳ',
  'tại hội nghị',
  'theo kế hoạch đề ra',
  'một cách đồng bộ',
  'với nhiều cách làm sáng tạo',
  'trên địa bàn tỉnh',
  'ở các thôn, tổ dân phố',
  'trong sáu tháng đầu năm',
  'gắn với nhiệm vụ chính trị của địa phương',
  'có trọng tâm, trọng điểm',
  'thường xuyên, liên tục',
  'đúng quy định của Điều lệ Đảng',
  'theo tinh thần Điện Biên Phủ',
  'dưới sự lãnh đạo của cấp ủy',
]
const TAILS = [
  'góp phần quan trọng vào thắng lợi chung',
  'được nhân dân đồng tình ủng hộ',
  'đạt và vượt chỉ tiêu',
  'tạo chuyển biến rõ nét về nhận thức',
  'còn một số hạn chế cần khắc phục',
  'bảo đảm đúng tiến độ',
  'phát huy vai trò tiên phong, gương mẫu',
  'nâng cao năng lực lãnh đạo và sức chiến đấu',
  'củng cố niềm tin của nhân dân',
  'đang được nhân rộng ra các địa phương khác',
]
const TITLE_HEADS = [
  'Hội nghị',
  'Kết quả',
  'Hướng dẫn',
  'Tăng cường',
  'Nâng cao',
  'Triển khai',
  'Sơ kết',
  'Tổng kết',
]

/** Syllables for place names, so the vocabulary grows with the site as real news does. */
const NAME_SYLLABLES = [
  'An',
  'Bình',
  'Cát',
  'Châu',
  'Đông',
  'Đức',
  'Gia',
  'Hà',
  'Hải',
  'Hòa',
  'Hưng',
  'Khánh',
  'Kim',
  'Lạc',
  'Lâm',
  'Long',
  'Minh',
  'Mỹ',
  'Nam',
  'Nghĩa',
  'Ngọc',
  'Phong',
  'Phú',
  'Phúc',
  'Quang',
  'Quế',
  'Sơn',
  'Tân',
  'Thạch',
  'Thanh',
  'Thành',
  'Thịnh',
  'Thuận',
  'Tiến',
  'Trà',
  'Trung',
  'Tường',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Bắc',
  'Cẩm',
  'Diên',
  'Điền',
  'Giang',
  'Hiệp',
  'Hoàng',
  'Kỳ',
  'Lộc',
  'Mỏ',
  'Nhơn',
  'Ô',
  'Quỳnh',
  'Sa',
  'Tịnh',
  'Uyên',
]
const PLACES = ['xã', 'phường', 'thôn', 'chi bộ', 'tổ dân phố', 'Đảng bộ xã']

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

function sentence(random: () => number): string {
  const parts = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS)]
  if (random() < 0.7) parts.push(pick(random, ADVERBIALS))
  if (random() < 0.5) {
    parts.push(`ở ${pick(random, PLACES)} ${pick(random, NAME_SYLLABLES)} ${pick(random, NAME_SYLLABLES)}`)
  }
  if (random() < 0.2) parts.push(`với tỷ lệ ${Math.floor(random() * 100)},${Math.floor(random() * 10)}%`)
  if (random() < 0.6) parts.push(pick(random, TAILS))
  return `${parts.join(' ')}.`
}

export interface SyntheticArticle {
  slug: string
  title: string
  date: string
  paragraphs: string[]
}

const FOLDERS = ['tin-tuc', 'tin-tuc', 'tin-tuc', 'van-ban', 'hoc-tap', 'hoi-dap'] as const

/** Article `i` of a seeded set: about `words` words in paragraphs of 3–6 sentences, dated 2015–2026. */
export function article(i: number, words = 600, seed = 20260101): SyntheticArticle {
  const random = seeded(seed + i * 7919)
  const paragraphs: string[] = []
  let count = 0
  while (count < words) {
    const n = 3 + Math.floor(random() * 4)
    const text = Array.from({ length: n }, () => sentence(random)).join(' ')
    count += text.split(' ').length
    paragraphs.push(text)
  }
  const year = 2015 + Math.floor(random() * 12)
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
  const title = `${pick(random, TITLE_HEADS)} ${pick(random, OBJECTS)} (${i + 1})`
  return {
    slug: `${FOLDERS[i % FOLDERS.length]}/bai-${i + 1}`,
    title,
    date: `${year}-${month}-${day}`,
    paragraphs,
  }
}
