/**
 * The roll-up job: every ten minutes, yesterday's and today's flows and today's snapshot; in the pass that runs
 * between 02:00 and 02:10 (Vietnam), the flows of the last 35 days too, so that notices read, tasks finished and
 * questions answered late are counted on the day they belong to.
 */
import { vietnamDayKey } from '@sotay/content-schemas'
import type { TaskConfig } from 'payload'
import { daysBefore } from '../period.ts'
import { rollUpReportDays } from './rollUp.ts'

const WIDE_DAYS = 35

export function rollUpWindow(now = new Date()) {
  const today = vietnamDayKey(now)
  const vietnam = new Date(now.getTime() + 7 * 3_600_000)
  const wide = vietnam.getUTCHours() === 2 && vietnam.getUTCMinutes() < 10
  return { from: daysBefore(today, wide ? WIDE_DAYS - 1 : 1), to: today, now }
}

export const rollUpReportsTask: TaskConfig<any> = {
  slug: 'rollUpReports',
  label: 'Tổng hợp số liệu báo cáo',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    await rollUpReportDays(req.payload, rollUpWindow())
    return { output: {} }
  },
}
