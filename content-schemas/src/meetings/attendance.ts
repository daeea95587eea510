/** An invited member's reply and check-in (điểm danh). */
import { label } from '../shared/label.ts'

export const MEETING_REPLIES = [
  { value: 'present', label: label('Có mặt', 'Attending') },
  { value: 'absent', label: label('Vắng, có lý do', 'Absent, with a reason') },
] as const
export type MeetingReply = (typeof MEETING_REPLIES)[number]['value']

export const CHECKIN_METHODS = [
  { value: 'qr', label: label('Quét mã QR', 'QR code') },
  { value: 'code', label: label('Nhập mã số', 'Typed code') },
  { value: 'manual', label: label('Bí thư điểm danh', 'Ticked by the secretary') },
  { value: 'online', label: label('Dự trực tuyến', 'Online') },
] as const
export type CheckinMethod = (typeof CHECKIN_METHODS)[number]['value']

export const ABSENCE_REASON_MAX = 500
