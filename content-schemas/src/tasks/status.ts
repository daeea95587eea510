/** Tasks (nhiệm vụ): priorities and states with Vietnamese labels; "quá hạn" is computed, never stored. */
import { label } from '../shared/label.ts'

export const TASK_PRIORITIES = [
  { value: 'thap', label: label('Thấp', 'Low') },
  { value: 'binh-thuong', label: label('Bình thường', 'Normal') },
  { value: 'cao', label: label('Cao', 'High') },
  { value: 'khan', label: label('Khẩn', 'Urgent') },
] as const
export type TaskPriority = (typeof TASK_PRIORITIES)[number]['value']

/** What is stored: the assigner cancels; progress reports move the rest. */
export const TASK_STORED_STATUSES = [
  { value: 'chua-bat-dau', label: label('Chưa bắt đầu', 'Not started') },
  { value: 'dang-lam', label: label('Đang làm', 'In progress') },
  { value: 'hoan-thanh', label: label('Hoàn thành', 'Done') },
  { value: 'da-huy', label: label('Đã hủy', 'Cancelled') },
] as const
export type TaskStoredStatus = (typeof TASK_STORED_STATUSES)[number]['value']

export const TASK_STATUSES = [
  ...TASK_STORED_STATUSES,
  { value: 'qua-han', label: label('Quá hạn', 'Overdue') },
] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]['value']

export const taskStatusLabel = (status: TaskStatus): string =>
  TASK_STATUSES.find((s) => s.value === status)?.label.vi ?? status

/** Past due and neither done nor cancelled: quá hạn. */
export function effectiveTaskStatus(
  task: { status?: string | null; dueAt?: string | Date | null },
  now: Date = new Date(),
): TaskStatus {
  const stored = (task.status ?? 'chua-bat-dau') as TaskStoredStatus
  if (stored === 'hoan-thanh' || stored === 'da-huy') return stored
  if (task.dueAt && new Date(task.dueAt).getTime() < now.getTime()) return 'qua-han'
  return stored
}

/** The stored status a progress report leaves behind. */
export const statusForPercent = (percent: number): TaskStoredStatus =>
  percent >= 100 ? 'hoan-thanh' : percent > 0 ? 'dang-lam' : 'chua-bat-dau'

export const TASK_TITLE_MAX = 300
export const TASK_DESCRIPTION_MAX = 5000
export const TASK_NOTE_MAX = 2000
export const TASK_COMMENT_MAX = 1000

/** File types a report may carry, within what the media library keeps: the list as a PDF, or a photo of it. */
export const TASK_ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const

export const TASK_MESSAGES = {
  outsideSubtree: 'Chỉ được giao nhiệm vụ cho tổ chức hoặc đảng viên thuộc phạm vi mình phụ trách.',
  noAssignee: 'Xin chọn tổ chức hoặc đảng viên nhận nhiệm vụ.',
  notOwn: 'Bạn chỉ báo cáo tiến độ nhiệm vụ được giao cho mình hoặc chi bộ mình.',
  badPercent: 'Tỉ lệ hoàn thành phải là số nguyên từ 0 đến 100.',
  badType: 'Tệp đính kèm phải là PDF hoặc ảnh (JPG, PNG, WebP).',
  badFile: 'Tệp đính kèm bị hỏng hoặc không đọc được. Hãy lưu lại tệp PDF hoặc chụp lại ảnh rồi gửi lại.',
  notFound: 'Không tìm thấy nhiệm vụ này, hoặc bạn không có quyền xem.',
  cancelled: 'Nhiệm vụ đã hủy, không nhận báo cáo nữa.',
  badParent: 'Chỉ giao tiếp nhiệm vụ mà chi bộ mình được giao.',
  emptyTitle: 'Xin nhập tên nhiệm vụ.',
  badDue: 'Hạn hoàn thành không hợp lệ.',
} as const

/** A whole percentage 0–100, or the Vietnamese refusal. */
export function percentProblem(value: unknown): string | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100
    ? null
    : TASK_MESSAGES.badPercent
}
