/** Meetings (cuộc họp, sinh hoạt chi bộ): their kinds and states, with Vietnamese labels. */
import { label } from '../shared/label.ts'

export const MEETING_KINDS = [
  { value: 'thuong-ky', label: label('Sinh hoạt thường kỳ', 'Regular meeting') },
  { value: 'chuyen-de', label: label('Sinh hoạt chuyên đề', 'Thematic meeting') },
  { value: 'bat-thuong', label: label('Sinh hoạt bất thường', 'Extraordinary meeting') },
  { value: 'hop-chi-uy', label: label('Họp chi ủy', 'Cell committee meeting') },
  { value: 'hop-dang-uy', label: label('Họp đảng ủy', 'Party committee meeting') },
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]['value']

/** Committee meetings invite the committee (the admins granted on the org), not every member at home there. */
export const COMMITTEE_MEETING_KINDS: readonly MeetingKind[] = ['hop-chi-uy', 'hop-dang-uy']

export const MEETING_STATUSES = [
  { value: 'scheduled', label: label('Đã lên lịch', 'Scheduled') },
  { value: 'held', label: label('Đã họp', 'Held') },
  { value: 'cancelled', label: label('Đã hủy', 'Cancelled') },
] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]['value']

/** A vote (biểu quyết) on an agenda item: open while members vote, closed when its result is written. */
export const VOTE_STATUSES = [
  { value: 'open', label: label('Đang biểu quyết', 'Open') },
  { value: 'closed', label: label('Đã kết thúc', 'Closed') },
] as const
export type VoteStatus = (typeof VOTE_STATUSES)[number]['value']

/** The usual three choices; a vote may name its own instead. */
export const DEFAULT_VOTE_CHOICES = ['Tán thành', 'Không tán thành', 'Ý kiến khác'] as const
