/** The personal calendar (Lịch của tôi): what kinds of item it shows, the reminders an entry may ask for. */
import { label } from '../shared/label.ts'

/** One per source; a new source (quizzes, contests) adds its kind here and one file in functions/src/calendar/sources/. */
export const CALENDAR_ITEM_KINDS = [
  { value: 'entry', label: label('Việc của tôi', 'My entry') },
  { value: 'meeting', label: label('Cuộc họp', 'Meeting') },
  { value: 'task', label: label('Hạn nhiệm vụ', 'Task deadline') },
  { value: 'study', label: label('Hạn học tập, thi', 'Study deadline') },
] as const
export type CalendarItemKind = (typeof CALENDAR_ITEM_KINDS)[number]['value']

export const CALENDAR_REMINDERS = [
  { value: 'none', label: label('Không nhắc', 'No reminder'), minutes: 0 },
  { value: '15m', label: label('Trước 15 phút', '15 minutes before'), minutes: 15 },
  { value: '1h', label: label('Trước 1 giờ', '1 hour before'), minutes: 60 },
  { value: '1d', label: label('Trước 1 ngày', '1 day before'), minutes: 1440 },
] as const
export type CalendarReminder = (typeof CALENDAR_REMINDERS)[number]['value']

export const reminderMinutes = (value: string | null | undefined): number =>
  CALENDAR_REMINDERS.find((r) => r.value === value)?.minutes ?? 0

export const CALENDAR_TITLE_MAX = 200
export const CALENDAR_NOTE_MAX = 2000
/** The widest window one agenda request reads: a month view plus its edges. */
export const CALENDAR_RANGE_MAX_DAYS = 62

export const CALENDAR_MESSAGES = {
  badRange: 'Khoảng thời gian không hợp lệ (tối đa 62 ngày).',
  endBeforeStart: 'Giờ kết thúc phải sau giờ bắt đầu.',
  emptyTitle: 'Xin nhập nội dung công việc.',
  feedGone: 'Đường dẫn lịch này đã bị thu hồi hoặc không tồn tại.',
  notFound: 'Không tìm thấy mục lịch này.',
} as const
