/** A member's own calendar entries (Lịch của tôi): a time, a place, a note and a reminder; only they see them. */
import {
  addOwnCalendarEntry,
  CALENDAR_MESSAGES,
  CALENDAR_NOTE_MAX,
  CALENDAR_REMINDERS,
  CALENDAR_TITLE_MAX,
  ownCalendar,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { bindOwner } from './hooks/bindOwner.ts'

export const CalendarEntries: CollectionConfig<'calendar-entries'> = {
  slug: 'calendar-entries',
  labels: {
    singular: label('Việc trong lịch', 'Calendar entry'),
    plural: label('Lịch cá nhân', 'Calendar entries'),
  },
  admin: { group: label('Nhiệm vụ', 'Tasks'), hidden: true, useAsTitle: 'title' },
  access: { read: ownCalendar, create: addOwnCalendarEntry, update: ownCalendar, delete: ownCalendar },
  hooks: { beforeChange: [bindOwner] },
  // The agenda reads one member's window: the index holds exactly those rows, in order.
  indexes: [{ fields: ['owner', 'startsAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: CALENDAR_TITLE_MAX,
      label: label('Nội dung', 'Title'),
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Bắt đầu', 'Starts'),
      admin: { date: dayAndTime },
    },
    {
      name: 'endsAt',
      type: 'date',
      label: label('Kết thúc', 'Ends'),
      admin: { date: dayAndTime },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (!value || !siblingData.startsAt) return true
        return new Date(String(value)) > new Date(String(siblingData.startsAt))
          ? true
          : CALENDAR_MESSAGES.endBeforeStart
      },
    },
    { name: 'place', type: 'text', maxLength: 300, label: label('Địa điểm', 'Place') },
    { name: 'note', type: 'textarea', maxLength: CALENDAR_NOTE_MAX, label: label('Ghi chú', 'Note') },
    {
      name: 'reminder',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: CALENDAR_REMINDERS.map(({ value, label }) => ({ value, label })),
      label: label('Nhắc trước', 'Remind'),
    },
    { name: 'remindedAt', type: 'date', index: true, access: serverOwnedField, admin: { hidden: true } },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOwnedField,
      admin: { readOnly: true },
    },
  ],
}
