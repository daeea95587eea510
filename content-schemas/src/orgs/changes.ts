/** Reorganising the tree (sáp nhập, chuyển trực thuộc, chia tách): the kinds of change and their states. */
import { label } from '../shared/label.ts'

export const ORG_CHANGE_KINDS = [
  { value: 'merge', label: label('Sáp nhập vào tổ chức khác', 'Merge into another organisation') },
  { value: 'move', label: label('Chuyển trực thuộc', 'Move under a new parent') },
  { value: 'split', label: label('Chia tách thành tổ chức mới', 'Split into a new sibling') },
] as const
export type OrgChangeKind = (typeof ORG_CHANGE_KINDS)[number]['value']

export const ORG_CHANGE_STATUSES = [
  { value: 'queued', label: label('Đang chờ', 'Queued') },
  { value: 'running', label: label('Đang thực hiện', 'Running') },
  { value: 'previewed', label: label('Đã chạy thử', 'Dry run done') },
  { value: 'done', label: label('Đã hoàn tất', 'Done') },
  { value: 'failed', label: label('Thất bại', 'Failed') },
] as const
export type OrgChangeStatus = (typeof ORG_CHANGE_STATUSES)[number]['value']

export const ORG_STATUSES = [
  { value: 'active', label: label('Đang hoạt động', 'Active') },
  { value: 'merged', label: label('Đã sáp nhập', 'Merged') },
] as const

/** The job task that applies one change, and the request context flag its own writes carry. */
export const APPLY_ORG_CHANGE_TASK = 'applyOrgChange'
export const ORG_CHANGE_CONTEXT = 'orgChangeJob'
