/** Member statuses (tình trạng đảng viên). */
import { label } from '../shared/label.ts'

export const MEMBER_STATUSES = [
  { value: 'chinh-thuc', label: label('Chính thức', 'Full member') },
  { value: 'du-bi', label: label('Dự bị', 'Probationary') },
  { value: 'mien-sinh-hoat', label: label('Miễn sinh hoạt', 'Exempt from meetings') },
  { value: 'da-chuyen-di', label: label('Đã chuyển đi', 'Transferred out') },
  { value: 'tu-tran', label: label('Từ trần', 'Deceased') },
] as const

export const GENDERS = [
  { value: 'nam', label: label('Nam', 'Male') },
  { value: 'nu', label: label('Nữ', 'Female') },
] as const
