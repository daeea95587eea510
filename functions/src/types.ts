/** The functions' wire types (what /fn answers), derived from the zod schemas that document them; for the member app. */

export type { Agenda, CalendarItem, EntryAnswer, FeedAnswer } from './calendar/schemas.ts'
export type { PushPublicKey, RegisteredDevice, RemovedDevices } from './devices/schemas.ts'
export type { InboxAttachment, InboxItem, InboxItemAnswer, InboxPage, ReadReceipt } from './inbox/schemas.ts'
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
