/** One line saying where my reply stands. */
import type { MyMeetingAttendance } from '@sotay/functions/types'

export function replyLine(mine: MyMeetingAttendance): string {
  if (mine.checkedInAt) return 'Đã điểm danh'
  if (mine.reply === 'present') return 'Tôi trả lời: Có mặt'
  if (mine.reply === 'absent') return `Tôi trả lời: Vắng (${mine.reason ?? ''})`
  return mine.exempt ? 'Miễn sinh hoạt — chưa trả lời' : 'Chưa trả lời'
}
