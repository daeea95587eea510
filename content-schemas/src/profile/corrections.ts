/**
 * A member's request to correct their own record (đề nghị sửa thông tin cá nhân): which field, the value they
 * propose, a note; the cell's secretary or committee marks it fixed or not. Labels and pure validation.
 */
import { label } from '../shared/label.ts'

export const PROFILE_FIELDS = [
  'fullName',
  'cardNumber',
  'cell',
  'admittedAt',
  'officialAt',
  'phone',
  'email',
] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export const PROFILE_FIELD_OPTIONS = [
  { value: 'fullName', label: label('Họ và tên', 'Full name') },
  { value: 'cardNumber', label: label('Số thẻ đảng viên', 'Party card number') },
  { value: 'cell', label: label('Chi bộ sinh hoạt', 'Party cell') },
  { value: 'admittedAt', label: label('Ngày vào Đảng', 'Admitted on') },
  { value: 'officialAt', label: label('Ngày chính thức', 'Full member since') },
  { value: 'phone', label: label('Điện thoại', 'Phone') },
  { value: 'email', label: label('Thư điện tử', 'Email') },
] as const

export const CORRECTION_STATUSES = ['new', 'fixed', 'not_fixed'] as const
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number]

export const CORRECTION_STATUS_OPTIONS = [
  { value: 'new', label: label('Mới', 'New') },
  { value: 'fixed', label: label('Đã sửa', 'Fixed') },
  { value: 'not_fixed', label: label('Không sửa', 'Not changed') },
] as const

export const PROPOSED_MAX = 200
export const CORRECTION_NOTE_MAX = 1000

export const CORRECTION_MESSAGES = {
  badField: 'Hãy chọn thông tin cần sửa.',
  emptyValue: 'Hãy ghi thông tin đúng cần sửa thành.',
  longValue: `Thông tin đề nghị sửa dài quá ${PROPOSED_MAX} ký tự.`,
  longNote: `Ghi chú dài quá ${CORRECTION_NOTE_MAX} ký tự.`,
  badDate: 'Ngày phải viết dạng ngày/tháng/năm, ví dụ 03/02/2010.',
  badPhone: 'Số điện thoại chỉ gồm chữ số (có thể có dấu cách), ví dụ 0912 345 678.',
  badEmail: 'Địa chỉ thư điện tử chưa đúng, ví dụ ten@example.com.',
} as const

/** dd/mm/yyyy, a real day, not in the future. */
function isPastDate(value: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  if (!match) return false
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCDate() === day &&
    date.getUTCMonth() === month - 1 &&
    year >= 1930 &&
    date.getTime() <= Date.now()
  )
}

/** The Vietnamese reason a proposed value is refused, or null when it may be recorded. */
export function proposedValueProblem(field: ProfileField, raw: string): string | null {
  const value = raw.trim()
  if (!value) return CORRECTION_MESSAGES.emptyValue
  if ([...value].length > PROPOSED_MAX) return CORRECTION_MESSAGES.longValue
  if ((field === 'admittedAt' || field === 'officialAt') && !isPastDate(value))
    return CORRECTION_MESSAGES.badDate
  if (field === 'phone' && !/^\+?[0-9][0-9 .]{7,18}$/.test(value)) return CORRECTION_MESSAGES.badPhone
  if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return CORRECTION_MESSAGES.badEmail
  return null
}

export const isProfileField = (value: unknown): value is ProfileField =>
  typeof value === 'string' && (PROFILE_FIELDS as readonly string[]).includes(value)
