/**
 * The monthly report mail job: each hour it checks the time, and from 06:00 on the 1st to the end of the 3rd
 * (Vietnam) sends last month's reports not yet sent; after the 02:00 roll-up has redone the month's last days.
 * The later hours and days only retry what failed or catch up a server that was down on the 1st.
 */
import { vietnamDayOfMonth } from '@sotay/content-schemas'
import type { TaskConfig } from 'payload'
import { sendMonthlyReports } from './send.ts'

export const MONTHLY_REPORT_MAIL_TASK = 'mailMonthlyReports'

export function monthlyMailDue(now: Date): boolean {
  const day = vietnamDayOfMonth(now)
  const hour = new Date(now.getTime() + 7 * 3_600_000).getUTCHours()
  return day <= 3 && (day > 1 || hour >= 6)
}

export const mailMonthlyReportsTask: TaskConfig<any> = {
  slug: MONTHLY_REPORT_MAIL_TASK,
  label: 'Gửi báo cáo tháng cho cấp ủy',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    const now = new Date()
    if (!monthlyMailDue(now)) return { output: { due: false } }
    return { output: { due: true, ...(await sendMonthlyReports(req.payload, { now })) } }
  },
}
