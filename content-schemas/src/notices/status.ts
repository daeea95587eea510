/** A notice's life (nháp → đã lên lịch → đang gửi → đã gửi), its priorities, role narrowing and the fan-out job's name. */
import { label } from '../shared/label.ts'

export const NOTICE_STATUSES = [
  { value: 'draft', label: label('Nháp', 'Draft') },
  { value: 'scheduled', label: label('Đã lên lịch', 'Scheduled') },
  { value: 'sending', label: label('Đang gửi', 'Sending') },
  { value: 'sent', label: label('Đã gửi', 'Sent') },
] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]['value']

export const NOTICE_PRIORITIES = [
  { value: 'normal', label: label('Thường', 'Normal') },
  { value: 'important', label: label('Quan trọng', 'Important') },
  { value: 'urgent', label: label('Khẩn', 'Urgent') },
] as const
export type NoticePriority = (typeof NOTICE_PRIORITIES)[number]['value']

/** Narrowing a notice to people by what they do; none chosen means everyone in the target subtree. */
export const NOTICE_ROLE_TARGETS = [
  { value: 'member', label: label('Đảng viên (không giữ quyền quản trị)', 'Members without admin grants') },
  { value: 'secretary', label: label('Bí thư chi bộ', 'Cell secretaries') },
  { value: 'committee', label: label('Cấp ủy / Văn phòng', 'Committee staff') },
] as const
export type NoticeRoleTarget = (typeof NOTICE_ROLE_TARGETS)[number]['value']

/** Extra channels besides the in-app inbox, which is always used. */
export const NOTICE_CHANNELS = [
  { value: 'push', label: label('Thông báo đẩy trên điện thoại', 'Push notification') },
  { value: 'email', label: label('Thư điện tử', 'Email') },
] as const
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number]['value']

/** Member statuses that receive nothing: moved away or deceased. */
export const NOT_RECIPIENT_STATUSES = ['da-chuyen-di', 'tu-tran']

/** The job that expands a notice into inbox rows (registered by the CMS). */
export const FAN_OUT_NOTICE_TASK = 'fanOutNotice'
/** Urgent (khẩn) notices' fan-outs: a queue polled every second, so the first push leaves within 2 s of sending. */
export const URGENT_NOTICES_QUEUE = 'urgent-notices'

/** Set in `req.context` by the fan-out job and sendNotice: they may write the fields people may not. */
export const NOTICE_SYSTEM_CONTEXT = 'noticeSystem'

/** The admin group that holds notices, the inbox and the delivery log. */
export const NOTICES_GROUP = label('Thông báo', 'Notices')
