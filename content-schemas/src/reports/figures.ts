/**
 * What a subtree report counts (báo cáo thống kê): flat counters that add up from cell to province, and the
 * rates read from them. The dashboard, the JSON answer and every export name them with these labels.
 */
import { type Label, label } from '../shared/label.ts'

export const REPORT_COUNTERS = [
  { key: 'members', label: label('Đảng viên', 'Members') },
  { key: 'chinhThuc', label: label('Chính thức', 'Full members') },
  { key: 'duBi', label: label('Dự bị', 'Probationary') },
  { key: 'mienSinhHoat', label: label('Miễn sinh hoạt', 'Exempt') },
  { key: 'daChuyenDi', label: label('Đã chuyển đi', 'Transferred out') },
  { key: 'tuTran', label: label('Từ trần', 'Deceased') },
  { key: 'activated', label: label('Đã kích hoạt tài khoản', 'Accounts activated') },
  { key: 'active7', label: label('Dùng ứng dụng 7 ngày qua', 'Active in 7 days') },
  { key: 'active30', label: label('Dùng ứng dụng 30 ngày qua', 'Active in 30 days') },
  { key: 'noticesReceived', label: label('Thông báo đã nhận', 'Notices received') },
  { key: 'noticesRead', label: label('Thông báo đã đọc', 'Notices read') },
  { key: 'deliveriesSent', label: label('Lượt gửi thành công', 'Deliveries sent') },
  { key: 'deliveriesFailed', label: label('Lượt gửi lỗi', 'Deliveries failed') },
  { key: 'cells', label: label('Chi bộ', 'Cells') },
  { key: 'meetingsExpected', label: label('Buổi sinh hoạt phải họp', 'Meetings expected') },
  { key: 'meetingsHeld', label: label('Buổi sinh hoạt đã họp', 'Meetings held') },
  { key: 'meetingsOnTime', label: label('Đăng lịch đúng hạn ngày 20', 'Posted by the 20th') },
  { key: 'attendancePresent', label: label('Lượt có mặt', 'Present') },
  { key: 'attendanceExpected', label: label('Lượt phải dự', 'Expected') },
  { key: 'quizParticipants', label: label('Người làm bài thi', 'Quiz participants') },
  { key: 'quizAttempts', label: label('Lượt làm bài', 'Quiz attempts') },
  { key: 'quizPercentSum', label: label('Tổng điểm (%)', 'Sum of scores (%)') },
  { key: 'quizPassed', label: label('Lượt đạt', 'Attempts passed') },
  { key: 'tasks', label: label('Nhiệm vụ đến hạn', 'Tasks due') },
  { key: 'tasksDone', label: label('Nhiệm vụ hoàn thành', 'Tasks done') },
  { key: 'tasksOnTime', label: label('Hoàn thành đúng hạn', 'Done on time') },
  { key: 'tasksOverdue', label: label('Quá hạn', 'Overdue') },
  { key: 'questionsAsked', label: label('Câu hỏi', 'Questions') },
  { key: 'questionsAnswered', label: label('Đã trả lời', 'Answered') },
  { key: 'questionsWaiting', label: label('Đang chờ trả lời', 'Waiting') },
] as const satisfies readonly { key: string; label: Label }[]

export type ReportCounter = (typeof REPORT_COUNTERS)[number]['key']
export type Counters = Record<ReportCounter, number>

export function emptyCounters(): Counters {
  return Object.fromEntries(REPORT_COUNTERS.map((c) => [c.key, 0])) as Counters
}

/** Adds `part` into `into` (missing counters count 0). */
export function addCounters(into: Counters, part: Partial<Counters>): Counters {
  for (const [key, value] of Object.entries(part)) into[key as ReportCounter] += Number(value) || 0
  return into
}

/** n / d, or null when there is nothing to divide by. */
export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null)

export const REPORT_RATES = [
  { key: 'activation', label: label('Tỷ lệ cài đặt', 'Activation rate') },
  { key: 'active30', label: label('Tỷ lệ dùng 30 ngày', 'Active in 30 days') },
  { key: 'noticeRead', label: label('Tỷ lệ đọc thông báo', 'Notice read rate') },
  { key: 'delivery', label: label('Tỷ lệ gửi thành công', 'Delivery rate') },
  { key: 'meetingsHeld', label: label('Tỷ lệ họp đủ', 'Meetings held') },
  { key: 'attendance', label: label('Tỷ lệ dự họp', 'Attendance rate') },
  { key: 'quizParticipation', label: label('Tỷ lệ tham gia thi', 'Quiz participation') },
  { key: 'quizScore', label: label('Điểm trung bình', 'Average score') },
  { key: 'tasksOnTime', label: label('Nhiệm vụ đúng hạn', 'Tasks on time') },
  { key: 'questionsAnswered', label: label('Tỷ lệ trả lời câu hỏi', 'Questions answered') },
] as const satisfies readonly { key: string; label: Label }[]

export type ReportRate = (typeof REPORT_RATES)[number]['key']
export type Rates = Record<ReportRate, number | null>

/** Members in the reports are the living, present ones: transferred and deceased do not count against rates. */
export const countedMembers = (c: Counters): number => c.members - c.daChuyenDi - c.tuTran

export function ratesOf(c: Counters): Rates {
  const members = countedMembers(c)
  return {
    activation: ratio(c.activated, members),
    active30: ratio(c.active30, members),
    noticeRead: ratio(c.noticesRead, c.noticesReceived),
    delivery: ratio(c.deliveriesSent, c.deliveriesSent + c.deliveriesFailed),
    meetingsHeld: ratio(c.meetingsHeld, c.meetingsExpected),
    attendance: ratio(c.attendancePresent, c.attendanceExpected),
    quizParticipation: ratio(c.quizParticipants, members),
    quizScore: c.quizAttempts > 0 ? c.quizPercentSum / c.quizAttempts / 100 : null,
    tasksOnTime: ratio(c.tasksOnTime, c.tasks),
    questionsAnswered: ratio(c.questionsAnswered, c.questionsAsked),
  }
}

/** The middle of a list of durations, or null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
