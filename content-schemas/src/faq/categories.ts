/** FAQ categories: the recurring subjects of members' questions. */
import { label } from '../shared/label.ts'

export const FAQ_CATEGORIES = [
  { value: 'nghiep-vu', label: label('Nghiệp vụ công tác Đảng', 'Party procedures') },
  { value: 'dang-phi', label: label('Đảng phí', 'Party fees') },
  { value: 'chuyen-sinh-hoat', label: label('Chuyển sinh hoạt Đảng', 'Transfers') },
  { value: 'sinh-hoat-chi-bo', label: label('Sinh hoạt chi bộ', 'Cell meetings') },
  { value: 'ket-nap', label: label('Kết nạp, chuyển chính thức', 'Admission') },
  { value: 'quyen-nhiem-vu', label: label('Quyền và nhiệm vụ đảng viên', 'Rights and duties') },
  { value: 'ky-luat', label: label('Kiểm tra, kỷ luật', 'Discipline') },
  { value: 'khen-thuong', label: label('Khen thưởng, huy hiệu Đảng', 'Awards and party badges') },
  { value: 'khac', label: label('Khác', 'Other') },
] as const
