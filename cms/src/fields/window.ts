/** The opening and closing time of a quiz, contest or survey (thời gian mở, đóng), side by side in the admin. */
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'
import { dayAndTime } from './dateDisplay.ts'

export const windowRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'opensAt',
      type: 'date',
      index: true,
      label: label('Mở lúc', 'Opens at'),
      admin: { date: dayAndTime },
    },
    {
      name: 'closesAt',
      type: 'date',
      index: true,
      label: label('Đóng lúc', 'Closes at'),
      admin: { date: dayAndTime },
    },
  ],
})
