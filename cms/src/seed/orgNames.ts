/** Fictional place and unit names of the demo province Sơn Hà; any likeness to a real place is chance. */

export const PROVINCE = { code: 'SH', name: 'Đảng bộ tỉnh Sơn Hà', committee: 'Tỉnh ủy Sơn Hà' }

export type TopType = 'partyAgencies' | 'government' | 'military' | 'police' | 'ward' | 'commune' | 'island'

export interface TopOrg {
  code: string
  /** The place or body, without "Đảng bộ": "xã Tân Lĩnh", "Quân sự tỉnh". */
  place: string
  type: TopType
  /** Share of the province's cells. */
  weight: number
  /** Fewest cells it needs to show its shape (e.g. a regiment with battalions). */
  minCells: number
}

export const TOP_ORGS: TopOrg[] = [
  { code: 'SH-CQD', place: 'các cơ quan Đảng tỉnh', type: 'partyAgencies', weight: 5, minCells: 2 },
  { code: 'SH-UBT', place: 'Ủy ban nhân dân tỉnh', type: 'government', weight: 9, minCells: 2 },
  { code: 'SH-QST', place: 'Quân sự tỉnh', type: 'military', weight: 6, minCells: 4 },
  { code: 'SH-CAT', place: 'Công an tỉnh', type: 'police', weight: 7, minCells: 2 },
  { code: 'SH-PSH', place: 'phường Sơn Hà', type: 'ward', weight: 8, minCells: 3 },
  { code: 'SH-PNT', place: 'phường Ngọc Tuyền', type: 'ward', weight: 7, minCells: 1 },
  { code: 'SH-PCS', place: 'phường Cửa Sông', type: 'ward', weight: 6, minCells: 1 },
  { code: 'SH-PBK', place: 'phường Bình Khê', type: 'ward', weight: 5, minCells: 1 },
  { code: 'SH-XTL', place: 'xã Tân Lĩnh', type: 'commune', weight: 6, minCells: 2 },
  { code: 'SH-XSN', place: 'xã Suối Ngọc', type: 'commune', weight: 5, minCells: 1 },
  { code: 'SH-XDM', place: 'xã Đồng Mây', type: 'commune', weight: 5, minCells: 1 },
  { code: 'SH-XKV', place: 'xã Khe Vàng', type: 'commune', weight: 4, minCells: 1 },
  { code: 'SH-XPH', place: 'xã Phúc Hưng', type: 'commune', weight: 5, minCells: 1 },
  { code: 'SH-XTB', place: 'xã Thạch Bàn Thượng', type: 'commune', weight: 4, minCells: 1 },
  { code: 'SH-DHM', place: 'đặc khu Hòn Mây', type: 'island', weight: 3, minCells: 1 },
]

/** Hamlet (thôn, bản) and street-group (khu phố) name parts; combined they give hundreds of names. */
export const HAMLET_FIRST = [
  'Tân',
  'Phú',
  'Đông',
  'Tây',
  'Hòa',
  'An',
  'Phước',
  'Trung',
  'Vĩnh',
  'Hưng',
  'Mỹ',
  'Thạnh',
  'Lộc',
  'Xuân',
  'Bình',
  'Quảng',
]
export const HAMLET_SECOND = [
  'Lợi',
  'Hòa',
  'Phú',
  'Sơn',
  'Điền',
  'Thọ',
  'Yên',
  'Mỹ',
  'Lạc',
  'Khê',
  'Thành',
  'Đức',
  'Hội',
  'Long',
  'Tiến',
  'Châu',
]

/** Offices shared by every commune and ward (cơ quan xã, trường học, trạm y tế). */
export const COMMUNE_OFFICES = [
  'Cơ quan Đảng – Mặt trận – Đoàn thể',
  'Cơ quan chính quyền',
  'Trường Tiểu học',
  'Trường Mầm non',
  'Trường Trung học cơ sở',
  'Trạm Y tế',
]

/** Bodies that have their own grassroots committee inside a commune or ward, with their cells. */
export interface LocalBody {
  name: string
  cells: string[]
  where: TopType[]
}
export const LOCAL_BODIES: LocalBody[] = [
  {
    name: 'Trường Trung học phổ thông',
    cells: ['Tổ Toán – Tin', 'Tổ Ngữ văn', 'Tổ Khoa học tự nhiên', 'Tổ Xã hội', 'Tổ Văn phòng'],
    where: ['ward', 'commune'],
  },
  {
    name: 'Trung tâm Y tế khu vực',
    cells: ['Khoa Nội', 'Khoa Ngoại', 'Khoa Sản', 'Khoa Dược', 'Phòng Kế hoạch – Tổng hợp'],
    where: ['ward', 'island'],
  },
  {
    name: 'Công ty cổ phần Chè',
    cells: ['Phân xưởng chế biến', 'Đội sản xuất', 'Phòng Kinh doanh', 'Khối văn phòng'],
    where: ['commune'],
  },
  {
    name: 'Hợp tác xã Dịch vụ nông nghiệp',
    cells: ['Đội thủy lợi', 'Đội dịch vụ', 'Khối văn phòng'],
    where: ['commune'],
  },
  {
    name: 'Công ty cổ phần Cảng cá',
    cells: ['Đội bốc xếp', 'Đội khai thác', 'Phòng Kỹ thuật', 'Khối văn phòng'],
    where: ['island', 'ward'],
  },
  {
    name: 'Công ty cổ phần Cơ khí',
    cells: ['Phân xưởng cơ khí', 'Phân xưởng lắp ráp', 'Phòng Kỹ thuật', 'Khối văn phòng'],
    where: ['ward'],
  },
]

/** Departments (ban, sở, đơn vị) and the cells inside them, for the provincial agency blocks. */
export const PARTY_AGENCIES = [
  'Văn phòng Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Nội chính Tỉnh ủy',
  'Báo và Phát thanh, Truyền hình Sơn Hà',
  'Trường Chính trị tỉnh',
  'Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh',
]
export const GOVERNMENT_AGENCIES = [
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Công Thương',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Tư pháp',
  'Thanh tra tỉnh',
  'Bệnh viện Đa khoa tỉnh',
  'Trường Cao đẳng Sơn Hà',
  'Ban Quản lý Khu kinh tế Hòn Mây',
  'Sở Dân tộc và Tôn giáo',
]
export const OFFICE_CELLS = [
  'Văn phòng',
  'Phòng Tổ chức – Hành chính',
  'Phòng Kế hoạch – Tài chính',
  'Phòng Nghiệp vụ',
  'Phòng Thanh tra – Pháp chế',
  'Phòng Quản lý chuyên ngành',
  'Trung tâm Dịch vụ',
  'Phòng Tổng hợp',
]
export const POLICE_UNITS = [
  'Phòng Cảnh sát giao thông',
  'Phòng An ninh kinh tế',
  'Phòng Cảnh sát hình sự',
  'Phòng Tham mưu',
  'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Trại tạm giam',
]
export const POLICE_CELLS = [
  'Đội Tổng hợp',
  'Đội Nghiệp vụ 1',
  'Đội Nghiệp vụ 2',
  'Đội Tuần tra',
  'Đội Hậu cần',
]
export const MILITARY_OFFICE_CELLS = [
  'Phòng Tham mưu',
  'Phòng Chính trị',
  'Phòng Hậu cần – Kỹ thuật',
  'Ban Tài chính',
]
