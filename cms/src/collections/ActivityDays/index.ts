/**
 * Activity days (ngày sử dụng): at most one row per member per day they used the app, with the cell they were in
 * that day. No times, pages or events: the reports need only "active in the last 7 and 30 days" and monthly
 * counts (Decree 356 counts online behaviour as sensitive). Server-owned end to end; nobody reads a row through
 * the API, the reports count them on the server. Rows older than ACTIVITY_RETENTION_DAYS are deleted.
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'

export const ActivityDays: CollectionConfig<'activity-days'> = {
  slug: 'activity-days',
  labels: { singular: label('Ngày sử dụng', 'Activity day'), plural: label('Ngày sử dụng', 'Activity days') },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: systemOnly, create: systemOnly, update: systemOnly, delete: systemOnly },
  timestamps: false,
  // The cell the member was in that day: a reorganisation (OrgChanges) leaves it as recorded, so past reports
  // attribute activity to the tree as it was.
  custom: { lineageAsRecorded: true },
  indexes: [{ fields: ['org', 'day'] }],
  fields: [
    // `member:day`: the one row a member gets for a day, whatever the number of requests.
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: label('Mã', 'Key') },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Đảng viên', 'Member'),
    },
    {
      name: 'org',
      type: 'relationship',
      relationTo: 'orgs',
      index: true,
      label: label('Chi bộ hôm đó', 'Cell that day'),
    },
    // "2026-12-07", the day in Vietnam time.
    { name: 'day', type: 'text', required: true, index: true, label: label('Ngày', 'Day') },
  ],
}
