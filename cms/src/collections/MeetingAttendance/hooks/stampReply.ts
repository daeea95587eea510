/** Notes when a member's reply changed; a "Có mặt" keeps no stale reason. */
import type { CollectionBeforeChangeHook } from 'payload'
import type { MeetingAttendance } from '../../../payload-types.ts'

export const stampReply: CollectionBeforeChangeHook<MeetingAttendance> = ({ data, originalDoc }) => {
  if (data.reply === undefined || (data.reply === originalDoc?.reply && data.reason === originalDoc?.reason))
    return data
  data.repliedAt = new Date().toISOString()
  if (data.reply === 'present') data.reason = null
  return data
}
