/**
 * The Lambda entry for jobs (handler: jobsMain.handler), invoked by an EventBridge schedule or an SQS queue. The
 * same environment as the functions' entry (DATABASE_URL on PostgreSQL, PAYLOAD_SECRET), and a time limit long
 * enough for one pass (the fan-out resumes from its checkpoint if it is not).
 */
import { JOB_QUEUES, openPayload } from '@sotay/cms'
import { jobsHandler } from './jobs.ts'

// Without crons: the schedule that invokes this function is the cron.
export const handler = jobsHandler(openPayload({ background: false }), JOB_QUEUES)
