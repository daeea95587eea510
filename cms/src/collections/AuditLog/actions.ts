/** What an audit entry records (hành động), with the Vietnamese words the admin list shows. */
import { label } from '@sotay/content-schemas/shared/label'

export const AUDIT_ACTIONS = [
  { value: 'create', label: label('Tạo mới', 'Create') },
  { value: 'update', label: label('Sửa', 'Update') },
  { value: 'delete', label: label('Xóa', 'Delete') },
  { value: 'grants', label: label('Thay đổi quyền quản trị', 'Grant change') },
  { value: 'import', label: label('Nhập danh sách đảng viên', 'Member import') },
  { value: 'export', label: label('Xuất dữ liệu cá nhân', 'Personal data export') },
  { value: 'reset', label: label('Cấp lại mã kích hoạt', 'Activation code reset') },
  { value: 'reissue-card', label: label('Cấp lại thẻ đảng viên', 'Card reissue') },
  { value: 'unlock', label: label('Mở khóa tài khoản', 'Account unlock') },
  { value: 'login-failed', label: label('Đăng nhập quản trị thất bại', 'Failed admin sign-in') },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']
