/** The functions' wire types (what /fn answers), derived from the zod schemas that document them; for the member app. */

export type { Agenda, CalendarItem, EntryAnswer, FeedAnswer } from './calendar/schemas.ts'
export type { PushPublicKey, RegisteredDevice, RemovedDevices } from './devices/schemas.ts'
export type { InboxAttachment, InboxItem, InboxItemAnswer, InboxPage, ReadReceipt } from './inbox/schemas.ts'
export type {
  Attendee,
  CheckinCode,
  CheckinResult,
  CheckinStanding,
  Checkins,
  TickResult,
} from './meetings/checkin/schemas.ts'
export type { Vote, VoteAnswer, Votes } from './meetings/votes/schemas.ts'
export type { CorrectionAnswer, Profile, ProfileAnswer, ProfileCorrection } from './profile/schemas.ts'
export type {
  AskResult,
  AutoAnswer,
  FaqEntry,
  FaqResults,
  MemberQuestion,
  MyQuestions,
  NotHelpfulResult,
} from './questions/schemas.ts'
export type {
  Cover,
  MediaLink,
  ReadingHit,
  ReadingItem,
  ReadingItemAnswer,
  ReadingKind,
  ReadingList,
  ReadingSearch,
  ReadingSummary,
  Suggestions,
} from './reading/schemas.ts'
export type { Member, MemberAnswer, ResetAnswer } from './session/schemas.ts'
export type {
  AssignAnswer,
  AssignableTargets,
  MyTasks,
  ReportAnswer,
  TaskDetail,
  TaskOverview,
  TaskReportView,
  TaskSummary,
} from './tasks/schemas.ts'

/** Every refusal: `{ error: { code, message } }`, the message in Vietnamese. */
export interface ErrorAnswer {
  error: { code: string; message: string }
}
export type {
  MinutesAnswer,
  MinutesEdit,
  MinutesGeneratedWire,
  MinutesNoteWire,
  MinutesView,
} from './meetings/minutes/schemas.ts'
export type { MeetingPeople } from './meetings/people.ts'
export type {
  RoomJoined,
  RoomModeration,
  RoomParticipant,
  RoomParticipants,
  RoomTicket,
} from './meetings/room/schemas.ts'
export type {
  MeetingAnswer,
  MeetingAttendanceAnswer,
  MeetingAttendanceReport,
  MeetingAttendee,
  MeetingDetail,
  MeetingDocument,
  MeetingList,
  MeetingOversight,
  MeetingReplyAnswer,
  MeetingScheduleAnswer,
  MeetingScheduleBody,
  MeetingSummary,
  MyMeetingAttendance,
} from './meetings/schemas.ts'
export type { NoticeReminder, NoticeUnread, Report } from './reports/schemas.ts'
export type {
  ContestRanking,
  QuizList,
  QuizParticipation,
  QuizResult,
  QuizStart,
  QuizSubmit,
  QuizSummary,
} from './study/schemas.ts'
export type {
  SurveyAnswerBody,
  SurveyList,
  SurveyParticipationAnswer,
  SurveyResults,
  SurveySummary,
} from './surveys/schemas.ts'
