/** Keeps the server-owned month and the 20th-rule verdict in step with the meeting's time; makes the check-in secret once. */
import { randomBytes } from 'node:crypto'
import { meetingMonth, postedOnTime } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Meeting } from '../../../payload-types.ts'

export const stampMonth: CollectionBeforeChangeHook<Meeting> = ({ data, originalDoc, operation }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  if (startsAt) {
    data.month = meetingMonth(startsAt)
    // Judged against when it was first posted: moving a posted meeting does not make it late.
    const postedAt = operation === 'create' ? new Date() : new Date(originalDoc?.createdAt ?? Date.now())
    data.postedOnTime = postedOnTime(postedAt, startsAt)
  }
  if (operation === 'create' || !originalDoc?.checkinSecret)
    data.checkinSecret = randomBytes(32).toString('base64url')
  return data
}
