/** The CMS: lists its collections (one folder each under collections/) with this deployment's storage, jobs and admin. */

import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { DATE_TIME_PATTERN } from '@sotay/content-schemas/text/dates'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { denyUndeclaredAccess } from './access/denyUndeclared.ts'
import { lockDownSystemCollections } from './access/lockDownSystemCollections.ts'
import { adminGraphics, adminMeta } from './admin/brand/meta.ts'
import { orgSubtreeFilterPlugin } from './admin/orgSubtreeFilterPlugin.ts'
import { closedAuthMutations } from './auth/graphqlDoors.ts'
import { ActivityDays } from './collections/ActivityDays/index.ts'
import { auditLogPlugin } from './collections/AuditLog/plugin.ts'
import { CalendarEntries } from './collections/CalendarEntries/index.ts'
import { CalendarFeeds } from './collections/CalendarFeeds/index.ts'
import { Deliveries } from './collections/Deliveries/index.ts'
import { Devices } from './collections/Devices/index.ts'
import { Documents } from './collections/Documents/index.ts'
import { Faq } from './collections/Faq/index.ts'
import { Inbox } from './collections/Inbox/index.ts'
import { Media } from './collections/Media/index.ts'
import { MeetingAttendance } from './collections/MeetingAttendance/index.ts'
import { MeetingBallots } from './collections/MeetingBallots/index.ts'
import { MeetingMinutes } from './collections/MeetingMinutes/index.ts'
import { Meetings } from './collections/Meetings/index.ts'
import { MeetingVotes } from './collections/MeetingVotes/index.ts'
import { MemberImports } from './collections/MemberImports/index.ts'
import { News } from './collections/News/index.ts'
import { payloadEmail } from './collections/Notices/channels/payloadEmail.ts'
import { Notices } from './collections/Notices/index.ts'
import { OrgChanges } from './collections/OrgChanges/index.ts'
import { Orgs } from './collections/Orgs/index.ts'
import { ProfileCorrections } from './collections/ProfileCorrections/index.ts'
import { Questions } from './collections/Questions/index.ts'
import { QuizAttempts } from './collections/QuizAttempts/index.ts'
import { Quizzes } from './collections/Quizzes/index.ts'
import { ReportDays } from './collections/ReportDays/index.ts'
import { ReportMailings } from './collections/ReportMailings/index.ts'
import { StudyTopics } from './collections/StudyTopics/index.ts'
import { SurveyAnswers } from './collections/SurveyAnswers/index.ts'
import { SurveyParticipation } from './collections/SurveyParticipation/index.ts'
import { Surveys } from './collections/Surveys/index.ts'
import { TaskReports } from './collections/TaskReports/index.ts'
import { Tasks } from './collections/Tasks/index.ts'
import { Users } from './collections/Users/index.ts'
import { databaseAdapter } from './db/adapter.ts'
import { keepFieldErrors } from './http/keepFieldErrors.ts'
import { payloadOrigins } from './http/payloadOrigins.ts'
import { uploadLimits } from './http/uploadLimits.ts'
import { jobs } from './jobs/index.ts'
import { onInit } from './jobs/onInit.ts'
import { cmsDir } from './paths.ts'
import { secret } from './secret.ts'
import { anyEngineIds } from './types/anyEngineIds.ts'

const collections = [
  News,
  Documents,
  StudyTopics,
  Faq,
  Questions,
  Media,
  Orgs,
  Users,
  ProfileCorrections,
  Meetings,
  MeetingAttendance,
  MeetingVotes,
  MeetingMinutes,
  Quizzes,
  QuizAttempts,
  MeetingBallots,
  MemberImports,
  Notices,
  Inbox,
  Devices,
  Deliveries,
  Tasks,
  TaskReports,
  CalendarEntries,
  CalendarFeeds,
  ActivityDays,
  ReportDays,
  ReportMailings,
  OrgChanges,
  Surveys,
  SurveyParticipation,
  SurveyAnswers,
]

export default buildConfig({
  // Deny by default last, so that it also sees the collections other plugins add.
  plugins: [orgSubtreeFilterPlugin(), auditLogPlugin(), denyUndeclaredAccess()],
  serverURL: process.env.SERVER_URL ?? '',
  secret: secret(),
  ...payloadOrigins(),
  ...uploadLimits(),
  admin: {
    user: Users.slug,
    meta: adminMeta,
    dateFormat: DATE_TIME_PATTERN,
    importMap: { baseDir: path.join(cmsDir, 'src') },
    // The public site's build state (bản dựng trang web), from the site builder's status.json.
    components: {
      // Committee and secretary roles land on their subtree's figures (reports/dashboard).
      beforeDashboard: ['/reports/dashboard/CommitteeDashboard#CommitteeDashboard'],
      afterDashboard: ['/site-rebuild/SiteBuildStatus#SiteBuildStatus'],
      // The handbook's own mark on the login page and in the navigation, not Payload's.
      graphics: adminGraphics,
    },
    timezones: {
      supportedTimezones: [{ label: 'Giờ Việt Nam (GMT+7)', value: 'Asia/Ho_Chi_Minh' }],
      defaultTimezone: 'Asia/Ho_Chi_Minh',
    },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  collections,
  editor: lexicalEditor(),
  graphQL: { mutations: closedAuthMutations },
  hooks: { afterError: [keepFieldErrors] },
  email: payloadEmail(),
  db: await databaseAdapter(),
  jobs,
  onInit,
  sharp,
  telemetry: false,
  typescript: { outputFile: 'src/payload-types.ts', autoGenerate: false, schema: [anyEngineIds] },
}).then(lockDownSystemCollections)
