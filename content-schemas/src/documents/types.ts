/** Kinds of party document and their classification levels. */
import { label } from '../shared/label.ts'

export const DOCUMENT_TYPES = [
  { value: 'nghi-quyet', label: label('Nghị quyết', 'Resolution') },
  { value: 'quy-dinh', label: label('Quy định', 'Regulation') },
  { value: 'chi-thi', label: label('Chỉ thị', 'Directive') },
  { value: 'ket-luan', label: label('Kết luận', 'Conclusion') },
  { value: 'thong-bao', label: label('Thông báo', 'Notice') },
  { value: 'de-an', label: label('Đề án', 'Scheme') },
  { value: 'ke-hoach', label: label('Kế hoạch', 'Plan') },
  { value: 'huong-dan', label: label('Hướng dẫn', 'Guidance') },
  { value: 'quy-che', label: label('Quy chế', 'Rules') },
  { value: 'cong-van', label: label('Công văn', 'Official letter') },
] as const

/** Only "thường" may be stored: state-secret documents do not belong in this system. */
export const CLASSIFICATIONS = [
  { value: 'thuong', label: label('Thường (không mật)', 'Unclassified') },
  { value: 'mat', label: label('Mật', 'Confidential') },
  { value: 'toi-mat', label: label('Tối mật', 'Secret') },
  { value: 'tuyet-mat', label: label('Tuyệt mật', 'Top secret') },
] as const

export const CLASSIFIED_REFUSAL =
  'Không được đưa tài liệu có độ mật (Mật, Tối mật, Tuyệt mật) lên hệ thống. Chỉ tài liệu thường (không mật) được phép đăng tải.'

/** Document symbols look like 27-CT/TU, 57-NQ/TW, 05-QĐi/TW or 12/KH-ĐU. */
export const SYMBOL_PATTERN = /^\d+[\p{L}\d/.-]*$/u
