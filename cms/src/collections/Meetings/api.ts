/** What the functions use of meetings (`@sotay/cms/meetings`): the reports, the jobs' steps (tests run them at a chosen now). */
export { article8Title, flagArticle8 } from './jobs/article8.ts'
export { sendMeetingReminders } from './jobs/reminders.ts'
export { remindTwentiethRule, twentiethReminderTitle } from './jobs/twentiethRule.ts'
export { kindLabel, MEETINGS_QUIET_CONTEXT, meetingPath } from './notify.ts'
export {
  type AttendanceReport,
  attendanceReport,
  type CellAttendance,
  type MemberAttendance,
} from './reports/attendanceReport.ts'
export {
  type CellOversight,
  monthOversight,
  type Oversight,
  POSTING_VERDICT_LABELS,
  type PostingVerdict,
} from './reports/oversight.ts'
export { type AttendanceRow, attendanceRows } from './reports/rows.ts'
