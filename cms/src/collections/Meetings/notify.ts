/**
 * Notices about one meeting (invitation, change, cancellation, reminders) go through the notices pipeline
 * (inbox, push, email) to the people invited, named one by one. A committee meeting may invite people at home
 * above its org, so its notice targets the top of the meeting's lineage, which holds them all.
 */
import {
  COMMITTEE_MEETING_KINDS,
  type ID,
  idOf,
  idsOf,
  MEETING_KINDS,
  viDateTime,
  viTimeDay,
} from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import type { Meeting, Notice } from '../../payload-types.ts'
import { sendNotice } from '../Notices/fanout/sendNotice.ts'

/** Set on a request's context to write meetings without notices (the demo seed's past months, the bench). */
export const MEETINGS_QUIET_CONTEXT = 'meetingsQuiet'

/** The member app's page of a meeting. */
export const meetingPath = (id: ID) => `/thanh-vien/sinh-hoat/#${id}`

export const kindLabel = (kind: string) => MEETING_KINDS.find((k) => k.value === kind)?.label.vi ?? kind

/** "Thời gian: 08:00 ngày 05/01/2027 (đến 11:00)". */
export function whenAndWhere(meeting: Pick<Meeting, 'startsAt' | 'endsAt' | 'place'>): string {
  const end = viTimeDay(meeting.endsAt).split(' ')[0]
  return [
    `Thời gian: ${viDateTime(meeting.startsAt)} (đến ${end})`,
    `Địa điểm: ${meeting.place?.trim() || 'chưa ghi'}`,
  ].join('\n')
}

/** Everyone holding an attendance row, with whether they replied "Vắng" (reminders skip those). */
export async function invitees(
  payload: Payload,
  meetingId: ID,
  req?: Partial<PayloadRequest>,
): Promise<{ member: ID; absent: boolean }[]> {
  const { docs } = await payload.find({
    collection: 'meeting-attendance',
    where: { meeting: { equals: meetingId } },
    select: { member: true, reply: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({ member: idOf(d.member) as ID, absent: d.reply === 'absent' }))
}

export async function sendMeetingNotice(
  payload: Payload,
  meeting: Meeting,
  users: ID[],
  text: { title: string; body: string },
  req?: Partial<PayloadRequest>,
): Promise<Notice | null> {
  const org = idOf(meeting.org)
  if (org === undefined || !users.length) return null
  const lineage = idsOf(meeting.orgAncestors)
  const target = COMMITTEE_MEETING_KINDS.includes(meeting.kind) && lineage.length ? lineage[0] : org
  return sendNotice(payload, {
    fromOrg: org,
    title: text.title.slice(0, 200),
    body: `${text.body}\n\nXem chi tiết và trả lời: ${meetingPath(meeting.id)}`,
    target: { org: target, users },
    channels: ['push', 'email'],
    req,
  })
}
