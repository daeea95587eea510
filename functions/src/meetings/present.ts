/** A stored meeting and the caller's attendance row, as the member app shows them. */
import type { Meeting, MeetingAttendance } from '@sotay/cms'
import { kindLabel } from '@sotay/cms/meetings'
import { type ID, idOf, MEETING_STATUSES, viDateTime } from '@sotay/content-schemas'
import type { MeetingSummary, MyMeetingAttendance } from './schemas.ts'

export const statusLabel = (status: string) =>
  MEETING_STATUSES.find((s) => s.value === status)?.label.vi ?? status

export function presentMine(row: MeetingAttendance | null | undefined): MyMeetingAttendance | null {
  if (!row) return null
  return {
    reply: row.reply ?? null,
    reason: row.reason ?? null,
    repliedAt: row.repliedAt ?? null,
    checkedInAt: row.checkedInAt ?? null,
    checkinMethod: row.checkinMethod ?? null,
    exempt: Boolean(row.exempt),
  }
}

export function presentSummary(
  meeting: Meeting,
  orgName: string | null,
  row: MeetingAttendance | null | undefined,
  runs: boolean,
  now = new Date(),
): MeetingSummary {
  const org = idOf(meeting.org) as ID | undefined
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    kindLabel: kindLabel(meeting.kind),
    status: meeting.status,
    statusLabel: statusLabel(meeting.status),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    when: viDateTime(meeting.startsAt),
    place: meeting.place ?? null,
    org: org === undefined ? null : { id: org, name: orgName ?? '' },
    online: Boolean(meeting.online),
    postedOnTime: meeting.postedOnTime ?? null,
    upcoming: new Date(meeting.endsAt) > now && meeting.status !== 'cancelled',
    mine: presentMine(row),
    runs,
  }
}
