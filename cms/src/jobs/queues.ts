/** The job queues and how many jobs one pass takes from each: the CMS's autoRun and the scheduled jobs function share them. */
import { SPEECH_QUEUE, URGENT_NOTICES_QUEUE } from '@sotay/content-schemas'
import { PAGES_QUEUE } from '../collections/Documents/pages/constants.ts'

export interface JobQueue {
  queue: string
  limit: number
  /** How often the CMS's autoRun polls it, when not every POLL. */
  cron?: string
}

export const JOB_QUEUES: JobQueue[] = [
  { queue: 'default', limit: 50 },
  // Urgent notices: a one-row indexed poll each second buys "the first push within 2 s" of sending.
  { queue: URGENT_NOTICES_QUEUE, limit: 5, cron: process.env.JOBS_URGENT_CRON ?? '* * * * * *' },
  // Audio readings (bản đọc): two at a time at most, they are CPU-bound.
  { queue: SPEECH_QUEUE, limit: 2 },
  // Page images of PDFs: two documents at a time, each drawn page after page.
  { queue: PAGES_QUEUE, limit: 2 },
]
