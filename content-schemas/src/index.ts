/** The handbook's shared vocabulary: access rules, types and option lists, labels, Vietnamese text helpers. */
export * from './access/paths.ts'
export * from './access/roles.ts'
export * from './access/rules.ts'
export * from './access/session.ts'
export * from './access/system.ts'
export * from './access/where.ts'
export * from './calendar/ical.ts'
export * from './calendar/kinds.ts'
export * from './deliveries/status.ts'
export * from './devices/kinds.ts'
export * from './devices/notificationSettings.ts'
export { CLASSIFICATIONS, CLASSIFIED_REFUSAL, DOCUMENT_TYPES, SYMBOL_PATTERN } from './documents/types.ts'
export { FAQ_CATEGORIES } from './faq/categories.ts'
export { inboxItemId } from './inbox/ids.ts'
export * from './meetings/attendance.ts'
export * from './meetings/calendar.ts'
export * from './meetings/deadline.ts'
export * from './meetings/kinds.ts'
export * from './meetings/minutes.ts'
export * from './meetings/presence.ts'
export { readCardNumber } from './member-imports/cells.ts'
export {
  checkMemberRows,
  type ImportCheck,
  type MemberFile,
  type OrgsByCode,
  type ReadMemberFile,
} from './member-imports/check.ts'
export * from './member-imports/row.ts'
export * from './member-imports/status.ts'
export { type RawMemberRow, type ValidationContext, validateRows } from './member-imports/validate.ts'
export { NEWS_CATEGORIES } from './news/categories.ts'
export * from './notices/status.ts'
export * from './orgs/changes.ts'
export { type OrgAsOf, type OrgHistoryEntry, type OrgWithHistory, orgAt } from './orgs/history.ts'
export { ORG_KINDS } from './orgs/kinds.ts'
export * from './profile/corrections.ts'
export * from './profile/values.ts'
export * from './questions/status.ts'
export * from './reports/figures.ts'
export { hideArrayPrototypePollution } from './shared/arrayPrototype.ts'
export { AUDIENCES, type Audience } from './shared/audience.ts'
export { chunks } from './shared/chunks.ts'
export * from './shared/ids.ts'
export * from './speech/index.ts'
export { SPEECH_CONTEXT_KEY, SPEECH_QUEUE, SYNTHESIZE_AUDIO_TASK } from './speech/queue.ts'
export { type SpeechText, speechTextOf } from './speech/textHash.ts'
export * from './study/draw.ts'
export * from './study/kinds.ts'
export * from './study/messages.ts'
export * from './study/questionRows.ts'
export * from './study/scoring.ts'
export * from './study/timing.ts'
export * from './surveys/answers.ts'
export * from './surveys/kinds.ts'
export * from './surveys/messages.ts'
export * from './surveys/tally.ts'
export * from './tasks/status.ts'
export * from './text/dates.ts'
export * from './text/fold.ts'
export { slugify } from './text/slug.ts'
export {
  activationCodeOpens,
  activationCodeTtlMs,
  generateActivationCode,
  isPlainActivationCode,
  isSealedActivationCode,
  sealActivationCode,
} from './users/activationCode.ts'
export { GENDERS, MEMBER_STATUSES } from './users/status.ts'
