/** Background work. autoRun keeps scheduled publishing and imports moving on a long-lived server. */
import { asSessionUser, isSuperadmin, SPEECH_QUEUE } from '@sotay/content-schemas'
import type { Config, TaskConfig } from 'payload'
import { remindCalendarEntriesTask } from '../collections/CalendarEntries/remind.ts'
import { pruneStaleDevicesTask } from '../collections/Devices/prune.ts'
import { renderDocumentPagesTask } from '../collections/Documents/pages/job.ts'
import { article8Task } from '../collections/Meetings/jobs/article8.ts'
import { meetingRemindersTask } from '../collections/Meetings/jobs/reminders.ts'
import { twentiethRuleTask } from '../collections/Meetings/jobs/twentiethRule.ts'
import { importMembersTask } from '../collections/MemberImports/commit/job.ts'
import { fanOutNoticeTask } from '../collections/Notices/fanout/job.ts'
import { applyOrgChangeTask } from '../collections/OrgChanges/job.ts'
import { escalateQuestionsTask } from '../collections/Questions/escalate.ts'
import { remindTasksTask } from '../collections/Tasks/remind.ts'
import { mailMonthlyReportsTask } from '../reports/mail/job.ts'
import { rollUpReportsTask } from '../reports/rollup/job.ts'
import { synthesizeAudioTask } from '../speech/job.ts'
import { JOB_QUEUES } from './queues.ts'
import { releaseAbandonedJobsTask } from './releaseAbandoned.ts'
import { stampingRunner } from './runner.ts'

/** How often the queue is polled; scheduled posts go live within this many seconds of their time. */
const POLL = process.env.JOBS_CRON ?? '*/10 * * * * *'

export const jobs: Config['jobs'] = {
  tasks: [
    importMembersTask,
    pruneStaleDevicesTask,
    fanOutNoticeTask,
    escalateQuestionsTask,
    synthesizeAudioTask,
    renderDocumentPagesTask,
    meetingRemindersTask,
    twentiethRuleTask,
    article8Task,
    remindTasksTask,
    remindCalendarEntriesTask,
    applyOrgChangeTask,
    rollUpReportsTask,
    mailMonthlyReportsTask,
    releaseAbandonedJobsTask,
  ].map((task) => stampingRunner(task as TaskConfig)),
  // The process running a job, written by its handler first: a job left processing by a dead one is released.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    fields: [
      ...defaultJobsCollection.fields,
      { name: 'runner', type: 'text', admin: { readOnly: true, description: 'máy:pid:thời điểm khởi động' } },
    ],
  }),
  autoRun: process.env.JOBS_AUTORUN === 'false' ? [] : JOB_QUEUES.map((q) => ({ cron: POLL, ...q })),
  // The newest publication gets its reading first; a backlog (the demo seed, a bulk import) follows behind.
  processingOrder: { default: 'createdAt', queues: { [SPEECH_QUEUE]: '-createdAt' } },
  // Only a superadmin (or the server itself) may trigger job runs over HTTP.
  access: { run: ({ req }) => isSuperadmin(asSessionUser(req.user)) },
}
