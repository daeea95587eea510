/**
 * A member's secret calendar feed link (đường dẫn đăng ký lịch): only the token's SHA-256 is kept, the token is
 * shown once. Issued and revoked by the functions for the member themself; a revoked link answers 410.
 */
import { ownCalendar, serverOwned, serverOwnedField, systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'

export const CalendarFeeds: CollectionConfig<'calendar-feeds'> = {
  slug: 'calendar-feeds',
  labels: {
    singular: label('Đường dẫn lịch', 'Calendar feed'),
    plural: label('Đường dẫn lịch', 'Calendar feeds'),
  },
  admin: { group: label('Nhiệm vụ', 'Tasks'), hidden: true },
  access: { read: ownCalendar, create: systemOnly, update: systemOnly, delete: systemOnly },
  fields: [
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: serverOwnedField,
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      access: { read: serverOwned, create: serverOwned, update: serverOwned },
    },
    {
      name: 'revokedAt',
      type: 'date',
      index: true,
      access: serverOwnedField,
      admin: { date: dayAndTime },
      label: label('Thu hồi lúc', 'Revoked at'),
    },
  ],
}
