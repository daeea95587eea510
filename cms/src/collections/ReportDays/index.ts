/**
 * Report roll-ups (số liệu tổng hợp theo ngày): what the reports read instead of the activity rows. One row per
 * org and Vietnam day and kind, for every org of the tree (a cell's own figures and every ancestor's subtree
 * totals), written only by the roll-up job (`cms/src/reports/rollup/`):
 * - `flows`: what happened that day (notices sent that day and how many of them are read, meetings held, quiz
 *   attempts, tasks due, questions asked), as of the job's last pass over that day;
 * - `snapshot`: the state on that day (members by status, accounts activated, cells, members active in the 7
 *   and 30 days before and since the 1st of the month).
 * A row keeps the parent its org had when it was written, so a past period reads the tree as it was then.
 * Counts only: no member is named in a row. Kept as long as activity days (ACTIVITY_RETENTION_DAYS).
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { FLOW_COUNTERS, SNAPSHOT_COUNTERS } from '../../reports/rollup/counters.ts'

const counter = (name: string): Field => ({ name, type: 'number', defaultValue: 0 })

export const ReportDays: CollectionConfig<'report-days'> = {
  slug: 'report-days',
  labels: {
    singular: label('Số liệu tổng hợp', 'Report roll-up'),
    plural: label('Số liệu tổng hợp', 'Report roll-ups'),
  },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: systemOnly, create: systemOnly, update: systemOnly, delete: systemOnly },
  timestamps: false,
  // Rows keep the org and parent they were counted under: a reorganisation leaves them (OrgChanges).
  custom: { lineageAsRecorded: true },
  // An org's report reads its own rows and its children's, for a range of days.
  indexes: [{ fields: ['org', 'kind', 'day'] }, { fields: ['parent', 'kind', 'day'] }],
  fields: [
    // `org:day:kind`
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'org', type: 'relationship', relationTo: 'orgs', required: true },
    { name: 'parent', type: 'relationship', relationTo: 'orgs' },
    { name: 'kind', type: 'select', required: true, options: ['flows', 'snapshot'] },
    // "2026-12-07", Vietnam time.
    { name: 'day', type: 'text', required: true },
    ...[...FLOW_COUNTERS, ...SNAPSHOT_COUNTERS].map(counter),
  ],
}
