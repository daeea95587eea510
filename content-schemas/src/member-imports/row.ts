/** One member as read from an import file (CSV/XLSX), after validation. */

/** The file's columns, in the order the organisation's member list keeps them. */
export const MEMBER_COLUMNS = [
  { key: 'cardNumber', header: 'Số thẻ đảng viên' },
  { key: 'fullName', header: 'Họ và tên' },
  { key: 'birthDate', header: 'Ngày sinh' },
  { key: 'gender', header: 'Giới tính' },
  { key: 'admittedAt', header: 'Ngày vào Đảng' },
  { key: 'officialAt', header: 'Ngày chính thức' },
  { key: 'orgCode', header: 'Mã tổ chức' },
  { key: 'phone', header: 'Điện thoại' },
  { key: 'email', header: 'Email' },
] as const

export type MemberColumn = (typeof MEMBER_COLUMNS)[number]['key']

export interface MemberRow {
  /** 1-based row number in the file, counting the header as row 1, so messages match what the user sees. */
  row: number
  cardNumber: string
  fullName: string
  /** ISO dates (yyyy-mm-dd). */
  birthDate: string | null
  gender: 'nam' | 'nu' | null
  admittedAt: string | null
  officialAt: string | null
  orgCode: string
  phone: string | null
  email: string | null
}

export interface RowError {
  row: number
  column?: MemberColumn
  message: string
}
