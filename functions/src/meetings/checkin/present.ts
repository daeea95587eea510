/** An attendance row as the secretary's list shows it. */
import type { MeetingAttendance, User } from '@sotay/cms'
import { CHECKIN_METHODS, idOf } from '@sotay/content-schemas'
import { viTime } from '@sotay/content-schemas/text/dates'
import type { Attendee } from './schemas.ts'

const METHOD_LABELS = new Map<string, string>(CHECKIN_METHODS.map((m) => [m.value, m.label.vi]))

export function presentAttendee(row: MeetingAttendance): Attendee {
  const member = row.member as User | number
  return {
    memberId: idOf(member) as number,
    fullName: typeof member === 'object' ? (member.fullName ?? member.username ?? '') : '',
    exempt: Boolean(row.exempt),
    reply: row.reply ?? null,
    checkedInAt: row.checkedInAt ?? null,
    time: row.checkedInAt ? viTime(row.checkedInAt) : null,
    method: row.checkinMethod ?? null,
    methodLabel: row.checkinMethod ? (METHOD_LABELS.get(row.checkinMethod) ?? null) : null,
  }
}
