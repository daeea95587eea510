/** The job queues and how many jobs one pass takes from each: the CMS's autoRun and the scheduled jobs function share them. */
import { SPEECH_QUEUE } from '@sotay/content-schemas'
import { PAGES_QUEUE } from '../collections/Documents/pages/constants.ts'

export interface JobQueue {
  queue: string
  limit: number
}

export const JOB_QUEUES: JobQueue[] = [
  { queue: 'default', limit: 50 },
  // Audio readings (bản đọc): two at a time at most, they are CPU-bound.
  { queue: SPEECH_QUEUE, limit: 2 },
  // Page images of PDFs: two documents at a time, each drawn page after page.
  { queue: PAGES_QUEUE, limit: 2 },
]
