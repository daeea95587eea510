/** Background work. autoRun keeps scheduled publishing and imports moving on a long-lived server. */
import { asSessionUser, isSuperadmin, SPEECH_QUEUE, URGENT_NOTICES_QUEUE } from '@sotay/content-schemas'
import type { Config } from 'payload'
import { remindCalendarEntriesTask } from '../collections/CalendarEntries/remind.ts'
import { pruneStaleDevicesTask } from '../collections/Devices/prune.ts'
import { PAGES_QUEUE } from '../collections/Documents/pages/constants.ts'
import { renderDocumentPagesTask } from '../collections/Documents/pages/job.ts'
import { article8Task } from '../collections/Meetings/jobs/article8.ts'
import { meetingRemindersTask } from '../collections/Meetings/jobs/reminders.ts'
import { twentiethRuleTask } from '../collections/Meetings/jobs/twentiethRule.ts'
import { importMembersTask } from '../collections/MemberImports/commit/job.ts'
import { fanOutNoticeTask } from '../collections/Notices/fanout/job.ts'
import { applyOrgChangeTask } from '../collections/OrgChanges/job.ts'
import { escalateQuestionsTask } from '../collections/Questions/escalate.ts'
import { remindTasksTask } from '../collections/Tasks/remind.ts'
import { synthesizeAudioTask } from '../speech/job.ts'

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
  ],
  autoRun:
    process.env.JOBS_AUTORUN === 'false'
      ? []
      : [
          { cron: POLL, queue: 'default', limit: 50 },
          // Urgent notices: a one-row indexed poll each second buys "the first push within 2 s" of sending.
          { cron: process.env.JOBS_URGENT_CRON ?? '* * * * * *', queue: URGENT_NOTICES_QUEUE, limit: 5 },
          // Audio readings (bản đọc): two at a time at most, they are CPU-bound.
          { cron: POLL, queue: SPEECH_QUEUE, limit: 2 },
          // Page images of PDFs: two documents at a time, each drawn page after page.
          { cron: POLL, queue: PAGES_QUEUE, limit: 2 },
        ],
  // The newest publication gets its reading first; a backlog (the demo seed, a bulk import) follows behind.
  processingOrder: { default: 'createdAt', queues: { [SPEECH_QUEUE]: '-createdAt' } },
  // Only a superadmin (or the server itself) may trigger job runs over HTTP.
  access: { run: ({ req }) => isSuperadmin(asSessionUser(req.user)) },
}
