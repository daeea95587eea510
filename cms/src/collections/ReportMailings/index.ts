/**
 * Monthly report mails sent (thư báo cáo tháng): one row per month, org and recipient, written by the monthly
 * mail job (`cms/src/reports/mail/`) before it sends, so a second run, or a second process, never sends again.
 * Who and when only: the mail's figures are in the report, its sending in the audit log. The job deletes rows of
 * months more than a year back (REPORT_MAILINGS_KEPT_MONTHS).
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'

export const ReportMailings: CollectionConfig<'report-mailings'> = {
  slug: 'report-mailings',
  labels: {
    singular: label('Thư báo cáo tháng', 'Monthly report mail'),
    plural: label('Thư báo cáo tháng', 'Monthly report mails'),
  },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: systemOnly, create: systemOnly, update: systemOnly, delete: systemOnly },
  fields: [
    // `month:org:recipient`: taken once, whatever two runs at once do.
    { name: 'key', type: 'text', required: true, unique: true },
    // "2026-11", the month reported.
    { name: 'month', type: 'text', required: true, index: true },
    { name: 'org', type: 'relationship', relationTo: 'orgs', required: true },
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true },
    { name: 'status', type: 'select', required: true, options: ['sending', 'sent'], defaultValue: 'sending' },
    { name: 'sentAt', type: 'date', admin: { date: dayAndTime } },
  ],
}
